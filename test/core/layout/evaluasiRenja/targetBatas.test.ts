/**
 * Targets written as a bound in an Evaluasi Renja form: (8) `maks. 5` and (6) `≥ 90` are their numbers, not text
 * that could not be read; the Renja one keeps how it was written for the tables, and says less is better.
 */
import { buildErSheet } from "./helpers/erSheet";
import { erModel, erNodes } from "./helpers/outline";
import { validate } from "../../../../src/core/validation/validate";
import { fromEvaluasiRenja } from "../../../../src/core/tables/fromEvaluasiRenja";
import { LkjipSource } from "../../../../src/core/tables/lkjipSource";
import { Indikator } from "../../../../src/core/model/types";

function sasaranIndikator(view: LkjipSource): Indikator[] {
  return view.model.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.indikator);
}

describe("a target written as a bound in an Evaluasi Renja form", () => {
  test("(6) and (8) are read as their numbers; (8) keeps its words and its polaritas", () => {
    const built = buildErSheet({ style: "export" });
    // An indikator the LKjIP tables show (a sasaran's), with both targets.
    const shown = new Set(sasaranIndikator(fromEvaluasiRenja(erModel(built.grid))).map((i) => i.row));
    const before = erNodes(erModel(built.grid)).flatMap(({ node }) => node.indikator);
    const row = before.find((i) => i.targetRenja !== null && i.targetRenstra !== null && shown.has(i.row))!.row;
    built.grid.cells[row][built.col("targetRenstraK")] = { value: "≥ 90" };
    built.grid.cells[row][built.col("targetRenjaK")] = { value: "maks. 5" };
    const m = erModel(built.grid);
    const ind = erNodes(m)
      .flatMap(({ node }) => node.indikator)
      .find((i) => i.row === row)!;
    expect(ind.targetRenstra?.value.toNumber()).toBe(90);
    expect(ind.targetRenja?.value.toNumber()).toBe(5);
    expect(ind.targetBatas).toMatchObject({ arah: "maks", text: "maks. 5" });
    expect(ind.unreadable).toBeUndefined();
    expect(validate([m]).filter((f) => f.rule === "unreadable-value")).toEqual([]);
    const view = fromEvaluasiRenja(m);
    const adapted = sasaranIndikator(view).find((i) => i.row === row)!;
    expect(adapted.targetBatas?.[3]?.text).toBe("maks. 5");
    expect(view.prefill?.indikator?.get(adapted)?.polaritas).toBe("negatif");
  });
});
