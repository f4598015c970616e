import { Finding } from "../../model/finding";
import { makeFinding } from "../../model/makeFinding";
import { MessageKey } from "../../model/messages/params";
import { SheetModel } from "../../model/sheetModel";
import { headerCell, sheetName, triwulanOf } from "../modelAccess";

/**
 * triwulan-source (info): where the report's triwulan came from when the title does not state it plainly. Neither
 * the title nor the sheet's name says it (`.unstated`: read as the year's end; `.capaian`: the targets the sheet's
 * capaian follow from; `.realisasi`: the last quarter holding realisasi, when before TW IV), or the sheet's name
 * states another than the title (`.conflict`: the title's is read). Said at the title's first cell (A1), or the
 * header's when the table has no title.
 */
export function triwulanSource(model: SheetModel): Finding[] {
  const lembar = sheetName(model);
  const headerTop = Array.isArray(model.headerRows) ? model.headerRows[0] : 0;
  const cell = headerTop > 0 ? "A1" : headerCell(model);
  const finding = (key: MessageKey, params: Record<string, string | number>) =>
    makeFinding({ rule: "triwulan-source", sheet: lembar, cell, key, params: { lembar, ...params } });
  const triwulan = triwulanOf(model);
  // Said where recognition looked and found none (a model made by hand may not say where its period came from).
  if (triwulan === null) return model.triwulanFrom === null ? [finding("triwulan-source.unstated", {})] : [];
  switch (model.triwulanFrom) {
    case "capaian":
      return [finding("triwulan-source.capaian", { triwulan })];
    case "realisasi":
      // Realisasi through TW IV is the year-end form an untitled one is read as anyway: nothing to say.
      return triwulan === 4 ? [] : [finding("triwulan-source.realisasi", { triwulan })];
    case "judul": {
      const named = model.triwulanLembar;
      return typeof named === "number" && named !== triwulan
        ? [finding("triwulan-source.conflict", { triwulan, triwulanLembar: named })]
        : [];
    }
    default:
      return [];
  }
}
