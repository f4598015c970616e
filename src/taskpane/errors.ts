/**
 * The message of whatever was thrown, without its stack: what the user is shown; in English where the pane is and the
 * error carries an English message (`en`, as a file that cannot be opened does).
 */
export function errorMessage(error: unknown, fallback: string, lang: "id" | "en" = "id"): string {
  if (lang === "en" && typeof error === "object" && error !== null && "en" in error) {
    const en = (error as { en: unknown }).en;
    if (typeof en === "string" && en.trim()) return en;
  }
  if (error instanceof Error && error.message.trim()) return error.message;
  if (typeof error === "string" && error.trim()) return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message.trim()) return message;
  }
  return fallback;
}
