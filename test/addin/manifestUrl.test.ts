import { DEV_URL, normalisePublicUrl, replaceDevUrl, resolvePublicUrl } from "../../scripts/manifestUrl";

describe("replaceDevUrl", () => {
  it("replaces every occurrence of the development URL", () => {
    const text = `<a v="${DEV_URL}x.html"/><b v="${DEV_URL}y.png"/><c v="${DEV_URL}"/>`;
    expect(replaceDevUrl(text, "https://contoh.go.id/app/")).toBe(
      '<a v="https://contoh.go.id/app/x.html"/><b v="https://contoh.go.id/app/y.png"/><c v="https://contoh.go.id/app/"/>',
    );
  });
});

describe("normalisePublicUrl", () => {
  it("adds the trailing slash the manifest's relative paths need", () => {
    expect(normalisePublicUrl(" https://contoh.go.id/lkjip ")).toBe("https://contoh.go.id/lkjip/");
    expect(normalisePublicUrl("https://contoh.go.id")).toBe("https://contoh.go.id/");
  });

  it("rejects a URL that Office would not load, with the reason", () => {
    expect(() => normalisePublicUrl("http://contoh.go.id/")).toThrow(/harus memakai https/);
    expect(() => normalisePublicUrl("contoh.go.id")).toThrow(/tidak sah/);
    expect(() => normalisePublicUrl("https://contoh.go.id/?v=1")).toThrow(/tidak boleh memuat/);
  });
});

describe("resolvePublicUrl", () => {
  it("prefers --env url over ADDIN_PUBLIC_URL and gives null when neither is set", () => {
    expect(resolvePublicUrl({ url: "https://a.go.id" }, { ADDIN_PUBLIC_URL: "https://b.go.id" })).toBe(
      "https://a.go.id/",
    );
    expect(resolvePublicUrl({}, { ADDIN_PUBLIC_URL: "https://b.go.id/x" })).toBe("https://b.go.id/x/");
    expect(resolvePublicUrl({ WEBPACK_BUILD: true }, {})).toBeNull();
    expect(resolvePublicUrl(undefined, { ADDIN_PUBLIC_URL: "  " })).toBeNull();
  });
});
