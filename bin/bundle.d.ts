export declare const ROOT: string;
export declare const BUNDLE_PATH: string;
export declare const INPUTS: string[];
export declare function newestMtimeMs(target: string): number;
export declare function freshBundle(root?: string): string | null;
