import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync, strToU8, unzipSync, zipSync } from "fflate";
import { runCli } from "../../src/cli/run";
import { DEFAULT_DROPPABLE_PARTS, expectPackagePreserved, GENERATED_PARTS } from "../file/package/packageDiff";
import { memoryIo, tempDir } from "./helpers";
import { copySample } from "./sampleWorkbook";

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(tmp.cleanup);

async function run(args: string[]) {
  const io = memoryIo(tmp.dir);
  const code = await runCli(args, io);
  return { code, err: io.stderr.join("\n"), out: io.text() };
}

describe("odd input gets one line and exit 2, before anything is unpacked", () => {
  test("a device is not a regular file", async () => {
    const { code, err } = await run(["inspect", "/dev/zero"]);
    expect(code).toBe(2);
    expect(err).toBe("Bukan berkas biasa (perangkat, pipa atau soket): /dev/zero. Sebutkan berkas .xlsx.");
  });

  test("a zip bomb: parts that would unpack beyond the bound", async () => {
    const file = path.join(tmp.dir, "bom.xlsx");
    const real = unzipSync(readFileSync(copySample(tmp.dir, "bom-src.xlsx")));
    writeFileSync(file, zipBomb(real, 20, 16 * 1024 * 1024));
    const { code, err } = await run(["inspect", file]);
    expect(code).toBe(2);
    expect(err).toMatch(/^Berkas ".*bom\.xlsx" terlalu besar setelah dibuka \(\d+ MB; batasnya 256 MB\)/);
    expect(err.split("\n")).toHaveLength(1);
  });

  test("a sheet listed in workbook.xml whose part is missing is an error naming the sheet", async () => {
    const parts = unzipSync(readFileSync(copySample(tmp.dir, "hilang-src.xlsx")));
    const missing = Object.keys(parts)
      .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
      .sort()[1];
    delete parts[missing];
    const file = path.join(tmp.dir, "hilang.xlsx");
    writeFileSync(file, zipSync(parts));
    const { code, err } = await run(["validate", file]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /rusak: lembar "TW IV 2022" tercantum di daftar lembar, tetapi isinya \(.*\) tidak ada di dalam berkas\./,
    );
  });

  test("a part that is not XML is named, in one line", async () => {
    const parts = unzipSync(readFileSync(copySample(tmp.dir, "xml-src.xlsx")));
    parts["xl/workbook.xml"] = strToU8("<workbook><sheets>");
    const file = path.join(tmp.dir, "xml.xlsx");
    writeFileSync(file, zipSync(parts));
    const { code, err } = await run(["inspect", file]);
    expect(code).toBe(2);
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toMatch(/xl\/workbook\.xml/);
  });
});

describe("-o naming the input", () => {
  test("writes over it through a temporary file and keeps every part of the user's", async () => {
    const file = copySample(tmp.dir, "sama.xlsx");
    const before = new Uint8Array(readFileSync(file));
    const { code } = await run(["generate", "sama.xlsx", "-o", "sama.xlsx"]);
    expect(code).toBe(0);
    const after = new Uint8Array(readFileSync(file));
    expectPackagePreserved(before, after, {
      allowedNewParts: GENERATED_PARTS,
      droppable: DEFAULT_DROPPABLE_PARTS,
    });
    // Again: the generated sheets are updated in place, the user's parts still untouched.
    expect((await run(["generate", "sama.xlsx", "-o", "sama.xlsx"])).code).toBe(0);
    const user = Object.keys(unzipSync(before)).filter(
      (p) => !p.startsWith("xl/worksheets/") && p !== "xl/workbook.xml",
    );
    const again = unzipSync(new Uint8Array(readFileSync(file)));
    const first = unzipSync(after);
    for (const p of user.filter((p) => !/styles|Content_Types|app\.xml|rels/.test(p)))
      expect(again[p]).toEqual(first[p]);
  });
});

/**
 * The parts of a real workbook plus `entries` parts of `size` zero bytes, deflated once and stored again and again
 * (as real zip bombs do): a few hundred KiB that would unpack to entries × size. CRCs are left 0: nothing here gets
 * far enough to check them.
 */
function zipBomb(real: Record<string, Uint8Array>, entries: number, size: number): Uint8Array {
  const zeros = deflateSync(new Uint8Array(size), { level: 9 });
  const items: [string, Uint8Array, number][] = Object.entries(real).map(([n, d]) => [n, deflateSync(d), d.length]);
  for (let i = 0; i < entries; i++) items.push([`xl/media/nol${i}.bin`, zeros, size]);
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [fileName, data, originalSize] of items) {
    const size = originalSize;
    const name = strToU8(fileName);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + data.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, items.length, true);
  end.setUint16(10, items.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
