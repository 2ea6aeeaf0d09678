/** Types of bundle.mjs (plain JavaScript: it runs before anything compiles TypeScript). */
export declare const BUNDLE: string;
export declare function fingerprint(path: string): string;
export declare function readManifest(bundle?: string): { inputs: Record<string, string> } | undefined;
export declare function staleReason(bundle?: string): string | undefined;
export declare function buildBundle(bundle?: string): Promise<string>;
export declare function freshBundle(): Promise<string | undefined>;
