/* eslint-env node */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, replaceDevUrl, resolvePublicUrl } = require("./scripts/manifestUrl");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

async function getHttpsOptions() {
  // Required lazily: only the dev server needs the certificates (and may ask to install them).
  const devCerts = require("office-addin-dev-certs");
  const https = await devCerts.getHttpsServerOptions();
  return { ca: https.ca, key: https.key, cert: https.cert };
}

/** Production builds rewrite the manifest for the public URL; without one they say so instead of guessing. */
function manifestTransform(dev, env) {
  if (dev) return (content) => content;
  const publicUrl = resolvePublicUrl(env, process.env);
  if (publicUrl === null) {
    console.warn(
      `\n[PERINGATAN] Tidak ada URL publik: dist/manifest.xml masih menunjuk ke ${DEV_URL}.\n` +
        "  Beri URL tempat dist/ dipasang: ADDIN_PUBLIC_URL=https://… npm run build  atau  npm run build -- --env url=https://…\n",
    );
    return (content) => content;
  }
  console.log(`[manifest] ${DEV_URL} → ${publicUrl}`);
  return (content) => replaceDevUrl(content.toString(), publicUrl);
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    devtool: "source-map",
    // The functions bundle first, so the custom functions register even if the task pane fails to start. `web` is
    // the plain web page (index.html): no office.js, no functions; its worker is a chunk of its own (new Worker).
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
      web: "./src/taskpane/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Every build writes every file, so dist/'s times say when it was built (test/e2e/ensureBuild.ts relies on it).
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // ES modules so webpack can tree-shake Fluent UI (commonjs: 17 MiB); type errors are caught by
              // `npm run typecheck`, so the bundle is only transpiled and files outside the bundle are not read.
              compilerOptions: { module: "es2020", moduleResolution: "bundler" },
              transpileOnly: true,
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTIONS_SOURCE,
      }),
      // Shared runtime: one page holds the task pane and the functions (manifest: Runtime, Page and the task pane
      // action all use Taskpane.Url).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/web/index.html",
        chunks: ["web"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/functions/bantuan.html", to: "bantuan.html" },
          { from: "manifest*.xml", to: "[name][ext]", transform: manifestTransform(dev, env) },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // One copy of decimal.js, whichever entries and workers use it (functions, the pane, the page's worker).
          decimal: { test: /[\\/]node_modules[\\/]decimal\.js[\\/]/, name: "decimal", chunks: "all", enforce: true },
        },
      },
    },
    performance: {
      // The task pane carries React and Fluent UI; the hint would fire on every build without telling anything new.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
