/** Types of bundle-api-report.mjs (plain JavaScript: it runs before anything compiles TypeScript). */
export declare const API_REPORT_BUNDLE: string;
export declare function apiReportStaleReason(bundle?: string): string | undefined;
export declare function buildApiReportBundle(bundle?: string): Promise<string>;
export declare function freshApiReportBundle(): Promise<string | undefined>;
