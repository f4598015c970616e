/** Build the bundled CLI into `outfile` (default dist-cli/lkjip.cjs under the project root); returns its path. */
export declare function buildCliBundle(outfile?: string): string;
