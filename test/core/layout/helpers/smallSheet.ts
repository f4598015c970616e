/** Small hand-made sheets for level and cell tests. */
import { BudgetRowData, IndikatorData, Level, TujuanData } from "./seedLayout";

export function b(level: Level, uraian: string, pagu: string, extra: Partial<BudgetRowData> = {}): BudgetRowData {
  return { level, uraian, pagu, kas: ["", "", "", ""], realisasi: "", capaian: "", ...extra };
}

export const INDIKATOR: IndikatorData = {
  name: "Persentase capaian",
  formulasi: ["Realisasi", "Target"],
  target: ["10%", "20%", "30%", "40%"],
  realisasi: "35%",
  capaian: "87,50%",
};

export function oneSasaran(budget: BudgetRowData[], indikator: IndikatorData[] = [INDIKATOR]): TujuanData[] {
  return [
    {
      no: "1",
      name: "Tujuan satu",
      indikatorTujuan: "Indikator tujuan satu",
      sasaran: [{ name: "Sasaran satu", indikator, budget }],
    },
  ];
}
