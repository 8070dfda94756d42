// Types for compiled.mjs (plain JavaScript so the binary can start without a TypeScript loader).
export declare const DIST_DIR: string;
export declare const SOURCE_DIRS: readonly string[];
export declare const EXTERNAL: readonly string[];
export declare function newestSourceMtime(dirs?: readonly string[]): number;
export declare function currentBundle(dirs?: readonly string[], distDir?: string): string;
export declare function ensureBundle(entry?: string): Promise<string>;
