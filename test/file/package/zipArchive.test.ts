import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync, strToU8, unzipSync, zipSync } from "fflate";
import { crc32 } from "../../../src/file/package/crc32";
import { readStoredEntries } from "../../../src/file/package/zipDirectory";
import { unzipPackage, zipPackage } from "../../../src/file/package/zipArchive";

const FIXTURES = path.join(__dirname, "../../fixtures/packages");
const fixtures = readdirSync(FIXTURES).filter((f) => /\.xls[xm]$/.test(f));

function unpacked(entry: { method: number; data: Uint8Array }): Uint8Array {
  return entry.method === 8 ? inflateSync(entry.data) : entry.data;
}

describe("crc32", () => {
  test("the check value of CRC-32/ISO-HDLC, and of nothing", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe.each(fixtures)("readStoredEntries agrees with fflate: %s", (file) => {
  const zip = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  const parts = unzipPackage(zip).parts;
  const stored = readStoredEntries(zip);

  test("one entry per part, each unpacking to the part, with its size and CRC-32", () => {
    expect([...stored.keys()].sort()).toEqual([...parts.keys()].sort());
    for (const [name, entry] of stored) {
      const part = parts.get(name) as Uint8Array;
      expect(unpacked(entry)).toEqual(part);
      expect(entry.size).toBe(part.length);
      expect(entry.crc).toBe(crc32(part));
    }
  });

  test("zipPackage of the unchanged parts: every entry's stored bytes as they came", () => {
    const out = zipPackage(parts, stored);
    const again = readStoredEntries(out);
    for (const [name, entry] of stored) {
      const copy = again.get(name);
      expect(copy).toBeDefined();
      expect(copy?.method).toBe(entry.method);
      expect(copy?.crc).toBe(entry.crc);
      expect(Buffer.from(copy?.data ?? []).equals(Buffer.from(entry.data))).toBe(true);
    }
    expect(Object.keys(unzipSync(out)).sort()).toEqual([...parts.keys()].sort());
  });
});

describe("zipPackage", () => {
  const zip = zipSync({
    "xl/workbook.xml": strToU8("<workbook>satu</workbook>".repeat(50)),
    "xl/worksheets/sheet1.xml": strToU8("<worksheet>dua</worksheet>".repeat(50)),
    "Dokumen Bagian/ringkasan.xml": strToU8("<catatan>Realisasi ≥ 100%</catatan>"),
  });

  test("a part changed in place, to the same length, is packed anew: its CRC-32 no longer matches the entry", () => {
    const { parts, stored } = unzipPackage(zip);
    const sheet = parts.get("xl/worksheets/sheet1.xml") as Uint8Array;
    sheet[1] = "W".charCodeAt(0);
    const out = unzipSync(zipPackage(parts, stored));
    expect(new TextDecoder().decode(out["xl/worksheets/sheet1.xml"]).startsWith("<Worksheet>")).toBe(true);
    expect(out["xl/workbook.xml"]).toEqual(parts.get("xl/workbook.xml"));
  });

  test("a part replaced, added or removed: the package holds exactly the parts given", () => {
    const { parts, stored } = unzipPackage(zip);
    parts.set("xl/workbook.xml", strToU8("<workbook>baru</workbook>"));
    parts.set("xl/worksheets/sheet2.xml", strToU8("<worksheet/>"));
    parts.delete("Dokumen Bagian/ringkasan.xml");
    const out = unzipSync(zipPackage(parts, stored));
    expect(Object.keys(out).sort()).toEqual([...parts.keys()].sort());
    for (const [name, bytes] of parts) expect(out[name]).toEqual(bytes);
  });

  test("a name outside ASCII is found under the name fflate gives it", () => {
    const withUtf8 = zipSync({ "xl/média/gambar ü.xml": strToU8("<x/>") });
    expect([...readStoredEntries(withUtf8).keys()]).toEqual(Object.keys(unzipSync(withUtf8)));
  });

  test("a zip comment after the directory: the entries are still found", () => {
    const comment = strToU8("dibuat oleh aplikasi lain");
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    // The comment length sits in the last two bytes of the end-of-directory record.
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(Object.keys(unzipSync(withComment)).length).toBe(3);
    expect([...readStoredEntries(withComment).keys()].sort()).toEqual(Object.keys(unzipSync(zip)).sort());
  });

  test("a directory that does not add up gives no entries, and every part is packed anew", () => {
    const broken = zip.slice();
    const view = new DataView(broken.buffer);
    const end = broken.length - 22;
    view.setUint32(end + 16, broken.length, true); // directory offset beyond the directory's end
    expect(readStoredEntries(broken).size).toBe(0);
    const { parts } = unzipPackage(zip);
    const out = unzipSync(zipPackage(parts, readStoredEntries(broken)));
    for (const [name, bytes] of parts) expect(out[name]).toEqual(bytes);
  });
});

describe("a damaged directory", () => {
  const zip = new Uint8Array(readFileSync(path.join(FIXTURES, fixtures[0])));
  /** A small deterministic generator, so a failure can be replayed. */
  let seed = 20_26;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };

  test("bytes of the directory changed at random: a zip that still opens is packed again with exactly its parts", () => {
    const end = zip.length - 22;
    const directoryOffset = new DataView(zip.buffer, zip.byteOffset).getUint32(end + 16, true);
    let opened = 0;
    for (let run = 0; run < 300; run++) {
      const damaged = zip.slice();
      for (let k = 0; k < 2; k++) {
        const at = directoryOffset + Math.floor(random() * (zip.length - directoryOffset));
        damaged[at] = Math.floor(random() * 256);
      }
      let unzipped: ReturnType<typeof unzipPackage>;
      try {
        unzipped = unzipPackage(damaged);
      } catch {
        continue; // refused at open, as the user is told
      }
      opened++;
      const out = unzipSync(zipPackage(unzipped.parts, unzipped.stored));
      expect(Object.keys(out).sort()).toEqual([...unzipped.parts.keys()].sort());
      for (const [name, bytes] of unzipped.parts) expect(Buffer.from(out[name]).equals(Buffer.from(bytes))).toBe(true);
    }
    expect(opened).toBeGreaterThan(100);
  });
});
