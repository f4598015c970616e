import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BrowserContext, chromium, Page } from "playwright-core";

/** The flags that keep Debian's Chromium quiet on a closed network (see /work/shared/TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A task pane is narrow: Excel opens it at about 350 px. */
export const PANE_VIEWPORT = { width: 360, height: 780 };

export interface Browser {
  context: BrowserContext;
  /** Requests to anything but the local server, aborted (office.js from Microsoft's CDN among them). */
  blocked: string[];
  /** Uncaught errors and console errors, per page. */
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
      encoding: "utf8",
    }).trim();
  } catch {
    throw new Error("Chromium tidak ditemukan: jalankan scripts/e2e/install-deps.sh (apt-get install chromium)");
  }
}

export function chromiumVersion(): string {
  return execFileSync(chromiumPath(), ["--version"], { encoding: "utf8" }).trim();
}

/** Debian's Chromium in a pane-wide window with a fresh profile (a cold cache), removed on close; downloads accepted. */
export async function freshChromium(
  profilePrefix: string,
  locale = "id-ID",
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: PANE_VIEWPORT,
    acceptDownloads: true,
    locale,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium with a fresh profile; only `origin` is reachable, downloads are accepted. */
export async function launchBrowser(origin: string, locale = "id-ID"): Promise<Browser> {
  const { context, close } = await freshChromium("lkjip-chromium-", locale);
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route(
    (url) => !url.href.startsWith(origin) && !url.protocol.startsWith("blob") && !url.protocol.startsWith("data"),
    (route) => {
      blocked.push(route.request().url());
      void route.abort("internetdisconnected");
    },
  );
  const watch = (page: Page) => {
    page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`console: ${m.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return {
    context,
    blocked,
    pageErrors,
    newPage: async () => {
      const existing = context.pages().find((p) => p.url() === "about:blank");
      return existing ?? context.newPage();
    },
    close,
  };
}
