import { Lang } from "../numbers/format";

interface SheetText {
  title: string;
  intro: (sourceSheet: string | null) => string;
  header: string[];
  none: string;
}

/** The words of the Hasil Pemeriksaan sheet around the findings, per language (the findings' own are in model/messages). */
export const HASIL_PEMERIKSAAN_TEXT: Record<Lang, SheetText> = {
  id: {
    title: "HASIL PEMERIKSAAN",
    intro: (sheet) =>
      `${sheet ? `Lembar sumber tabel LKjIP: "${sheet}". ` : ""}Klik alamat di kolom Sel untuk membuka sel yang ` +
      "dimaksud. Persentase ditulis dalam poin persen (97,37 = 97,37%).",
    header: [
      "No",
      "Tingkat",
      "Temuan",
      "Aturan",
      "Lembar",
      "Sel",
      "Yang tertulis",
      "Nilai tertulis",
      "Pembanding",
      "Nilai pembanding",
      "Keterangan",
    ],
    none: "Tidak ada temuan.",
  },
  en: {
    title: "CHECK RESULTS",
    intro: (sheet) =>
      `${sheet ? `Source sheet of the LKjIP tables: "${sheet}". ` : ""}Click an address in the Cell column to open ` +
      "that cell. Percentages are in percent points (97.37 = 97.37%).",
    header: [
      "No",
      "Severity",
      "Finding",
      "Rule",
      "Sheet",
      "Cell",
      "What is written",
      "Written value",
      "Compared with",
      "Comparison value",
      "Message",
    ],
    none: "No findings.",
  },
};
