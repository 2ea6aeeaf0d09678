/** Types of tree-hash.mjs. */
export declare function treeHash(root: string, inputs: readonly string[]): string;
