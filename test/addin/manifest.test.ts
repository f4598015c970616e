/**
 * @jest-environment jsdom
 */
import { existsSync } from "fs";
import path from "path";
import { DEV_URL, replaceDevUrl } from "../../scripts/manifestUrl";
import { NS, ROOT, all, one, parseManifest, pngSize, readManifest, resources, xsiType } from "./manifestXml";

const xml = readManifest();

describe("manifest.xml (offline checks)", () => {
  const doc = parseManifest(xml);
  const res = resources(doc);
  const host = one(doc, NS.vo, "Host");

  it("is a task pane add-in for Excel with a fixed GUID, version 1.0.0.0 and Indonesian as default locale", () => {
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(one(doc, NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one(doc, NS.app, "Version").textContent).toBe("1.0.0.0");
    expect(one(doc, NS.app, "DefaultLocale").textContent).toBe("id-ID");
    expect(all(one(doc, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(xsiType(host)).toBe("Workbook");
  });

  it("asks for ReadWriteDocument and declares no AppDomains", () => {
    expect(one(doc, NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(doc.getElementsByTagNameNS("*", "AppDomains")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS("*", "AppDomain")).toHaveLength(0);
  });

  it("points every URL at the development server, so no external domain is contacted", () => {
    const urls = xml.match(/https?:\/\/[^"\s<]+/g) ?? [];
    const schema = urls.filter(
      (u) => u.startsWith("http://schemas.microsoft.com/") || u.startsWith("http://www.w3.org/"),
    );
    const rest = urls.filter((u) => !schema.includes(u));
    expect(rest.length).toBeGreaterThan(5);
    for (const url of rest) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  it("defines every resid it uses, with ids of at most 32 characters, and defines nothing unused", () => {
    const used = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .map((el) => el.getAttribute("resid"))
        .filter((id): id is string => id !== null),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const id of used) {
      expect({ id, defined: res.has(id) }).toEqual({ id, defined: true });
      expect(id.length).toBeLessThanOrEqual(32);
    }
    expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("runs the functions and the task pane in one long-lived shared runtime", () => {
    const requirements = one(one(doc, NS.vo, "VersionOverrides"), NS.vo, "Requirements");
    const sets = all(requirements, NS.bt, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["SharedRuntime", "1.1"]]);

    expect(host.firstElementChild?.localName).toBe("Runtimes");
    const runtime = one(host, NS.vo, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeId = runtime.getAttribute("resid");

    const customFunctions = all(host, NS.vo, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!customFunctions) throw new Error("no CustomFunctions extension point");
    const sourceOf = (name: string) =>
      one(one(customFunctions, NS.vo, name), NS.vo, "SourceLocation").getAttribute("resid");
    expect(sourceOf("Page")).toBe(runtimeId);

    const action = all(host, NS.vo, "Action").find((a) => xsiType(a) === "ShowTaskpane");
    if (!action) throw new Error("no ShowTaskpane action");
    expect(one(action, NS.vo, "SourceLocation").getAttribute("resid")).toBe(runtimeId);
    expect(one(host, NS.vo, "FunctionFile").getAttribute("resid")).toBe(runtimeId);

    const page = res.get(runtimeId ?? "");
    expect(page).toBe(`${DEV_URL}taskpane.html`);
    expect(one(one(doc, NS.app, "DefaultSettings"), NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe(page);
    expect(res.get(sourceOf("Script") ?? "")).toBe(`${DEV_URL}functions.js`);
    expect(res.get(sourceOf("Metadata") ?? "")).toBe(`${DEV_URL}functions.json`);
    expect(res.get(one(customFunctions, NS.vo, "Namespace").getAttribute("resid") ?? "")).toBe("SAKIP");
  });

  it("puts a button that opens the task pane on the Home tab", () => {
    const tab = one(host, NS.vo, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const buttons = all(tab, NS.vo, "Control").filter((c) => xsiType(c) === "Button");
    expect(buttons).toHaveLength(1);
    expect(xsiType(one(buttons[0], NS.vo, "Action"))).toBe("ShowTaskpane");
  });

  it("references icons that exist in assets/ with the pixel size they are declared with", () => {
    const expectIcon = (url: string | null | undefined, size: number) => {
      expect(url).toBe(`${DEV_URL}assets/icon-${size}.png`);
      const file = path.join(ROOT, (url ?? "").slice(DEV_URL.length));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    };
    expectIcon(one(doc, NS.app, "IconUrl").getAttribute("DefaultValue"), 32);
    expectIcon(one(doc, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue"), 64);
    const images = all(host, NS.bt, "Image");
    expect(images.length).toBeGreaterThanOrEqual(6);
    for (const image of images)
      expectIcon(res.get(image.getAttribute("resid") ?? ""), Number(image.getAttribute("size")));
    expect(new Set(images.map((i) => i.getAttribute("size")))).toEqual(new Set(["16", "32", "80"]));
  });

  it("shows Indonesian text by default with an en-US override for the name, description and labels", () => {
    const overridesOf = (el: Element, ns: string) =>
      all(el, ns, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]);
    for (const name of ["DisplayName", "Description"]) {
      const el = one(doc, NS.app, name);
      expect(el.getAttribute("DefaultValue")).toMatch(/LKjIP|Pengukuran Kinerja/);
      expect(overridesOf(el, NS.app)).toEqual([["en-US", expect.any(String)]]);
    }
    const strings = all(one(doc, NS.vo, "Resources"), NS.bt, "String").filter(
      (s) => s.getAttribute("id") !== "Functions.Namespace",
    );
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings) {
      expect({ id: s.getAttribute("id"), overrides: overridesOf(s, NS.bt).map(([locale]) => locale) }).toEqual({
        id: s.getAttribute("id"),
        overrides: ["en-US"],
      });
    }
    expect(res.get("TaskpaneButton.Label")).toBe("Panel LKjIP");
  });

  it("has a support page that the build ships", () => {
    expect(one(doc, NS.app, "SupportUrl").getAttribute("DefaultValue")).toBe(`${DEV_URL}bantuan.html`);
    expect(existsSync(path.join(ROOT, "src/functions/bantuan.html"))).toBe(true);
  });
});

describe("the production manifest", () => {
  const publicUrl = "https://sakip.probolinggokota.go.id/lkjip/";
  const occurrences = xml.split(DEV_URL).length - 1;
  const production = replaceDevUrl(xml, publicUrl);

  it("has every development URL replaced, not only the first", () => {
    expect(occurrences).toBeGreaterThan(5);
    expect(production).not.toContain("localhost");
    expect(production.split(publicUrl).length - 1).toBe(occurrences);
  });

  it("still parses and keeps the shared-runtime wiring", () => {
    const doc = parseManifest(production);
    const res = resources(doc);
    const runtimeId = one(doc, NS.vo, "Runtime").getAttribute("resid") ?? "";
    expect(res.get(runtimeId)).toBe(`${publicUrl}taskpane.html`);
    expect(one(doc, NS.app, "IconUrl").getAttribute("DefaultValue")).toBe(`${publicUrl}assets/icon-32.png`);
  });
});
