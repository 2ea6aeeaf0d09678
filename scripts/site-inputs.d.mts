/** Types of site-inputs.mjs, for the tests that import it. */
export declare function siteInputsHash(root: string): string;
export declare const STAMP: string;
export declare const DIST: string;
