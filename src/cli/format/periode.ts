import { periodeLabel } from "../../core/model/periode";
import { SheetModel } from "../../core/model/sheetModel";
import { TriwulanFrom } from "../../core/model/types";

const TRIWULAN_FROM: Record<TriwulanFrom, string> = {
  judul: "",
  lembar: " (dari nama lembar)",
  realisasi: " (dari realisasi yang terisi)",
  capaian: " (dari target yang dipakai capaian kinerja)",
};

/** `s/d Triwulan III (dari nama lembar), tahun 2024`: the period a sheet was read as, and where it came from. */
export function periodeText(model: SheetModel): string {
  const semester = model.layout === "evaluasi-renja" && model.semester === true;
  const triwulan = model.triwulan
    ? `s/d ${periodeLabel(model.triwulan, semester)}${TRIWULAN_FROM[model.triwulanFrom ?? "judul"]}`
    : "triwulan tidak disebut";
  return [triwulan, model.tahun ? `tahun ${model.tahun}` : "tahun tidak disebut"].join(", ");
}
