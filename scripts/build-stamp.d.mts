/** Types of build-stamp.mjs. */
export declare const BUILD_STAMP: string;
export declare function srcHash(pkgDir: string): string;
export declare function writeBuildStamp(pkgDir: string): void;
export declare function readBuildStamp(pkgDir: string): string | undefined;
