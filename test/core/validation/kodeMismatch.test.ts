import { Finding } from "../../../src/core/model/finding";
import { BudgetNode } from "../../../src/core/model/types";
import { validate } from "../../../src/core/validation/validate";
import { kegiatan, program, sasaran, sheetModel, sub } from "./factory";

const coded = <T extends BudgetNode>(node: T, kode: string): T => ({ ...node, kode });
const v = { pagu: "100" };

/** Program 1.03.10 with kegiatan 2.01 (subs 0001, 0002) and 2.02 (sub 0003), each code as given. */
function sheet(codes: { subs: [string, string, string]; kegiatan?: [string, string] }) {
  const [k1, k2] = codes.kegiatan ?? ["1.03.10.2.01", "1.03.10.2.02"];
  const k1Node = coded(
    kegiatan("Kegiatan satu", 8, { pagu: "200" }, [
      coded(sub("Sub satu", 9, v), codes.subs[0]),
      coded(sub("Sub dua", 10, v), codes.subs[1]),
    ]),
    k1,
  );
  const k2Node = coded(kegiatan("Kegiatan dua", 11, v, [coded(sub("Sub tiga", 12, v), codes.subs[2])]), k2);
  const p = coded(program("Program", 7, { pagu: "300" }, [k1Node, k2Node]), "1.03.10");
  return sheetModel("TW IV", [sasaran(6, [], [p])]);
}

const mismatches = (f: Finding[]) => f.filter((x) => x.rule === "kode-mismatch");

describe("kode-mismatch", () => {
  it("a sub kegiatan whose code belongs to another kegiatan: one warning at its row, naming both codes", () => {
    const found = mismatches(
      validate([sheet({ subs: ["1.03.10.2.01.0001", "1.03.10.2.02.0003", "1.03.10.2.02.0004"] })]),
    );
    expect(found.map((f) => [f.cell, f.severity, f.actual, f.expected])).toEqual([
      [found[0].cell, "warning", "1.03.10.2.02.0003", "1.03.10.2.01"],
    ]);
    expect(found[0].message).toBe(
      `Kode sub kegiatan di ${found[0].cell} (1.03.10.2.02.0003) tidak berada di bawah kode kegiatan di atasnya ` +
        `(1.03.10.2.01, ${found[0].params.cellInduk}): barisnya mungkin salah letak, dan jumlah kegiatan itu ikut memuatnya.`,
    );
  });

  it("codes that agree, local numbers, X segments and another zero-padding say nothing", () => {
    expect(
      mismatches(validate([sheet({ subs: ["1.03.10.2.01.0001", "1.03.10.2.01.0002", "1.03.10.2.02.0001"] })])),
    ).toEqual([]);
    expect(mismatches(validate([sheet({ subs: ["0001", "0002", "0001"] })]))).toEqual([]);
    expect(
      mismatches(
        validate([
          sheet({
            subs: ["X.XX.10.2.01.01", "1.3.10.2.1.2", "1.03.10.2.02.0001"],
            kegiatan: ["1.03.10.2.01", "1.03.10.2.02"],
          }),
        ]),
      ),
    ).toEqual([]);
  });

  it("a sheet whose codes mostly disagree follows another scheme: no finding at all", () => {
    expect(mismatches(validate([sheet({ subs: ["5.01.2.01.01", "5.01.2.01.02", "5.01.2.02.01"] })]))).toEqual([]);
  });
});
