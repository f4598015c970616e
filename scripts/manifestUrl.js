/* eslint-env node */
"use strict";

/**
 * The production URL of the add-in, and its replacement for the development URL in manifest.xml.
 * CommonJS so that webpack.config.js can require it and the Jest tests can test it.
 */

const DEV_URL = "https://localhost:3000/";

/**
 * Check a public URL and give it the trailing slash the manifest's relative paths need.
 * Office only loads add-in pages over HTTPS, so anything else is an error rather than a manifest that fails later.
 * @param {string} raw
 * @returns {string}
 */
function normalisePublicUrl(raw) {
  const text = String(raw).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`URL publik add-in tidak sah: "${text}". Contoh: https://sakip.contoh.go.id/lkjip/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `URL publik add-in harus memakai https:// (tertulis "${text}"): Office hanya memuat add-in lewat HTTPS.`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`URL publik add-in tidak boleh memuat ? atau # (tertulis "${text}").`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The public URL given to the build: `webpack --env url=…` first, then the ADDIN_PUBLIC_URL environment variable.
 * Null when neither is set.
 * @param {Record<string, unknown> | undefined} webpackEnv
 * @param {Record<string, string | undefined>} processEnv
 * @returns {string | null}
 */
function resolvePublicUrl(webpackEnv, processEnv) {
  const fromEnvFlag = webpackEnv && typeof webpackEnv.url === "string" ? webpackEnv.url : "";
  const raw = fromEnvFlag.trim() || (processEnv.ADDIN_PUBLIC_URL || "").trim();
  return raw ? normalisePublicUrl(raw) : null;
}

/**
 * Replace EVERY occurrence of the development URL (String.prototype.replace with a string pattern would replace
 * only the first one, which is the slip in Microsoft's template).
 * @param {string} manifest
 * @param {string} publicUrl
 * @returns {string}
 */
function replaceDevUrl(manifest, publicUrl) {
  return manifest.split(DEV_URL).join(normalisePublicUrl(publicUrl));
}

module.exports = { DEV_URL, normalisePublicUrl, resolvePublicUrl, replaceDevUrl };
