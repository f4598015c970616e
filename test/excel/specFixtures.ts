import { CellSpec, SheetSpec } from "../../src/core/tables/sheetSpec";

const header = (value: string): CellSpec => ({
  value,
  bold: true,
  border: true,
  wrap: true,
  align: "center",
  valign: "middle",
  fill: "D9E1F2",
});

/**
 * A Realisasi Anggaran-like table written by hand: title merged over the table, header row, column numbers, then
 * `rows` body rows of number, name, kode (text that Excel would take for a date), pagu, realisasi and a capaian
 * formula; a total row with SUM formulas.
 */
export function anggaranSpec(name: string, rows: number): SheetSpec {
  const cells: SheetSpec["cells"] = [];
  const put = (row: number, col: number, cell: CellSpec) => cells.push({ row, col, cell });
  put(0, 0, { value: "Tabel 3.10 Realisasi Anggaran Tahun 2022", bold: true, fontSize: 12, align: "center" });
  ["No", "Program / Kegiatan", "Kode", "Anggaran (Rp)", "Realisasi (Rp)", "Capaian"].forEach((h, c) =>
    put(2, c, header(h)),
  );
  for (let c = 0; c < 6; c++)
    put(3, c, { value: c + 1, border: true, align: "center", italic: true, fontSize: 9, fill: "EDEDED" });
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    put(r, 0, { value: i + 1, border: true, align: "center", valign: "top" });
    put(r, 1, { value: `Kegiatan nomor ${i + 1}`, border: true, wrap: true, valign: "top", bold: i % 10 === 0 });
    put(r, 2, { value: `2.18.${String(i % 100).padStart(2, "0")}`, border: true, valign: "top" });
    put(r, 3, { value: 1_000_000 + i * 1000, numFmt: "#,##0", border: true, align: "right", valign: "top" });
    put(r, 4, { value: 750_000 + i * 500.5, numFmt: "#,##0.00", border: true, align: "right", valign: "top" });
    put(r, 5, {
      formula: `IF(D${r + 1}=0,"",E${r + 1}/D${r + 1})`,
      result: 0.75,
      numFmt: "0.00%",
      border: true,
      align: "center",
      valign: "top",
    });
  }
  const total = 4 + rows;
  put(total, 1, { value: "Jumlah", bold: true, border: true });
  put(total, 3, { formula: `SUM(D5:D${total})`, numFmt: "#,##0", bold: true, border: true, align: "right" });
  put(total, 4, { formula: `SUM(E5:E${total})`, numFmt: "#,##0.00", bold: true, border: true, align: "right" });
  return {
    name,
    kind: "lkjip-table",
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 5 }],
    columnWidths: [5, 45, 12, 18, 18, 10],
    rowHeights: [
      { row: 0, height: 24 },
      { row: 2, height: 30 },
    ],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: [2, 3] },
    freeze: { rows: 4, cols: 0 },
    tabColor: "1F4E78",
  };
}

/** A findings sheet whose cells link into the source sheet and into another generated sheet. */
export function hasilSpec(name: string, linkToTable: string): SheetSpec {
  const cells: SheetSpec["cells"] = [
    { row: 0, col: 0, cell: { value: "Hasil Pemeriksaan", bold: true } },
    { row: 1, col: 0, cell: { value: "Lembar", bold: true, border: true } },
    { row: 1, col: 1, cell: { value: "Sel", bold: true, border: true } },
    { row: 1, col: 2, cell: { value: "Temuan", bold: true, border: true } },
    { row: 2, col: 0, cell: { value: "Pengukuran", border: true } },
    { row: 2, col: 1, cell: { value: "J12", border: true, link: { sheet: "Pengukuran", cell: "J12" } } },
    { row: 2, col: 2, cell: { value: "Jumlah anggaran kas tidak sama dengan pagu", border: true, wrap: true } },
    { row: 3, col: 0, cell: { value: linkToTable, border: true } },
    { row: 3, col: 1, cell: { value: null, border: true, link: { sheet: linkToTable, cell: "B5" } } },
    { row: 3, col: 2, cell: { value: "Lihat tabel", border: true, input: true } },
  ];
  return {
    name,
    kind: "hasil-pemeriksaan",
    cells,
    merges: [],
    columnWidths: [20, 8, 60],
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5 },
    },
    freeze: { rows: 2, cols: 1 },
    autoFilter: { top: 1, left: 0, bottom: 3, right: 2 },
  };
}

export function dataPendukungSpec(): SheetSpec {
  return {
    name: "Data Pendukung",
    kind: "data-pendukung",
    cells: [
      { row: 0, col: 0, cell: { value: "Data Pendukung", bold: true } },
      { row: 1, col: 0, cell: { value: "Realisasi tahun lalu", border: true } },
      { row: 1, col: 1, cell: { value: null, border: true, input: true } },
    ],
    merges: [],
    columnWidths: [30, 15],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
  };
}

/** The specs of the source without its second sasaran: the later sasaran sheets move up one number, as generate makes them. */
export function withoutSecondSasaran(specs: SheetSpec[]): SheetSpec[] {
  const renumbered: Record<string, string> = { "LKjIP SS III": "LKjIP SS II", "LKjIP SS IV": "LKjIP SS III" };
  return specs
    .filter((s) => s.name !== "LKjIP SS II")
    .map((s) => (renumbered[s.name] ? { ...s, name: renumbered[s.name] } : s));
}
