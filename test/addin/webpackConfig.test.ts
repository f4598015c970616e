import { readFileSync } from "node:fs";
import path from "node:path";
import { readManifest } from "./manifestXml";

const ROOT = path.join(__dirname, "../..");

type Transform = (content: Buffer) => string | Buffer;
interface Plugin {
  patterns?: { from: string; transform?: Transform }[];
  userOptions?: { filename?: string; template?: string; chunks?: string[] };
}
interface Config {
  entry: Record<string, string>;
  plugins: Plugin[];
  module: { rules: { use: { loader: string; options: { compilerOptions: Record<string, string> } } }[] };
  optimization: { splitChunks: { cacheGroups: Record<string, { test: RegExp; name: string; chunks: string }> } };
}

// webpack.config.js is CommonJS and exports an async factory (env, argv) => config.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Config>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CopyWebpackPlugin = require("copy-webpack-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HtmlWebpackPlugin = require("html-webpack-plugin");

const xml = readManifest();

async function manifestTransform(env: object, mode: string): Promise<Transform> {
  const config = await makeConfig(env, { mode });
  const copy = config.plugins.find((p) => p instanceof CopyWebpackPlugin);
  const pattern = copy?.patterns?.find((p) => p.from === "manifest*.xml");
  if (!pattern?.transform) throw new Error("no transform for manifest*.xml in CopyWebpackPlugin");
  return pattern.transform;
}

describe("webpack.config.js", () => {
  const savedUrl = process.env.ADDIN_PUBLIC_URL;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    delete process.env.ADDIN_PUBLIC_URL;
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    if (savedUrl === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = savedUrl;
  });

  it("rewrites every development URL of the manifest in a production build given --env url", async () => {
    const transform = await manifestTransform(
      { WEBPACK_BUILD: true, url: "https://sakip.contoh.go.id/lkjip" },
      "production",
    );
    const out = String(transform(Buffer.from(xml)));
    expect(out).not.toContain("localhost");
    expect(out.split("https://sakip.contoh.go.id/lkjip/").length).toBe(xml.split("https://localhost:3000/").length);
    expect(warn).not.toHaveBeenCalled();
  });

  it("takes the URL from ADDIN_PUBLIC_URL too", async () => {
    process.env.ADDIN_PUBLIC_URL = "https://lain.contoh.go.id/";
    const transform = await manifestTransform({ WEBPACK_BUILD: true }, "production");
    expect(String(transform(Buffer.from(xml)))).toContain('DefaultValue="https://lain.contoh.go.id/taskpane.html"');
  });

  it("warns instead of inventing a placeholder when a production build gets no URL", async () => {
    const transform = await manifestTransform({ WEBPACK_BUILD: true }, "production");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Tidak ada URL publik"));
    expect(String(transform(Buffer.from(xml)))).toBe(xml);
  });

  it("fails the build for a URL Office cannot load", async () => {
    await expect(
      makeConfig({ WEBPACK_BUILD: true, url: "http://contoh.go.id/" }, { mode: "production" }),
    ).rejects.toThrow(/https/);
  });

  it("keeps the development manifest as it is, without a warning", async () => {
    const transform = await manifestTransform({ WEBPACK_BUILD: true }, "development");
    expect(String(transform(Buffer.from(xml)))).toBe(xml);
    expect(warn).not.toHaveBeenCalled();
  });

  it("loads the functions and the task pane into the same page, and compiles TypeScript as ES modules", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "development" });
    expect(config.entry).toEqual({
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      web: "./src/taskpane/web/index.tsx",
    });
    const html = config.plugins.filter((p) => p instanceof HtmlWebpackPlugin).map((p) => p.userOptions);
    expect(html).toEqual([
      expect.objectContaining({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      expect.objectContaining({ filename: "index.html", template: "./src/taskpane/web/index.html", chunks: ["web"] }),
    ]);
    expect(config.module.rules[0].use.options.compilerOptions).toEqual({
      module: "es2020",
      moduleResolution: "bundler",
    });
    expect(config.plugins.map((p) => p.constructor.name)).toContain("CustomFunctionsMetadataPlugin");
  });

  it("loads office.js in the add-in's page only: the plain web page is a page without it", () => {
    const office = /<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"/;
    expect(readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8")).toMatch(office);
    const web = readFileSync(path.join(ROOT, "src/taskpane/web/index.html"), "utf8");
    expect(web).not.toMatch(/appsforoffice|office\.js|<script/);
  });

  it("puts decimal.js in one chunk of its own, shared by the functions, the pane and the web page's worker", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.optimization.splitChunks.cacheGroups.decimal).toEqual(
      expect.objectContaining({ name: "decimal", chunks: "all", enforce: true }),
    );
    expect("/app/node_modules/decimal.js/decimal.mjs").toMatch(config.optimization.splitChunks.cacheGroups.decimal.test);
  });
});
