export declare const DEV_URL: "https://localhost:3000/";
export declare function normalisePublicUrl(raw: string): string;
export declare function resolvePublicUrl(
  webpackEnv: Record<string, unknown> | undefined,
  processEnv: Record<string, string | undefined>,
): string | null;
export declare function replaceDevUrl(manifest: string, publicUrl: string): string;
