import Decimal from "decimal.js";

/**
 * Every message key and the parameters its sentence is made of, with how each is written. Both language catalogs
 * (id.ts, en.ts) write one template per key with `{name}` placeholders; a test checks that each template uses
 * exactly these parameters (a placeholder, or the companion a placeholder's kind names).
 */
export type ParamKind =
  /** Written as it is: a name already shortened for a sentence, a code, a polaritas word, a cell's text. */
  | "text"
  | "cell"
  | "sheet"
  /** A row number or a count, without grouping. */
  | "count"
  /** How many more a list left out: ` dan 12 lainnya`, nothing for 0. */
  | "others"
  | "rupiah"
  /** 1..4: `TW IV` in Indonesian, `Q4` in English. */
  | "triwulan"
  /** A FindingLevel (or null: a budget row of unknown level), as the language's word. */
  | "level"
  /** A Data Pendukung column (see DATA_COLUMNS), as the language's words. */
  | "dataColumn"
  /** Used only by another parameter's kind: digits of a percentage, whether an indikator value is a percentage. */
  | "digits"
  | "flag"
  /** Percent points, with as many digits as the parameter named here says. */
  | { percent: string }
  /** An indikator's target or realisasi: a percentage when the flag parameter says so, else a plain number. */
  | { indikatorValue: string; percentFlag: string }
  /** A row's name in quotes, or `Baris n (tanpa nama)` from the row parameter named here when the name is "". */
  | { rowLabel: string }
  /** `indikator "<name>"`, or `indikator di baris n` from the row parameter named here when the name is "". */
  | { indikatorSubject: string };

export const DATA_COLUMNS = [
  "targetTahunLalu",
  "realisasiTahunLalu",
  "targetAkhirRenstra",
  "totalAnggaran",
  "tahun",
  "operasiAnggaran",
  "operasiRealisasi",
  "pegawaiAnggaran",
  "pegawaiRealisasi",
] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];

const pct = (digits: string): ParamKind => ({ percent: digits });
/** A parent's realisasi of a triwulan against its children's, or left empty while they hold some. */
const quarterParentEmpty = {
  triwulan: "triwulan",
  tingkat: "level",
  cell: "cell",
  tingkatAnak: "level",
  jumlah: "rupiah",
} as const;
const quarterVsChildren = { ...quarterParentEmpty, realisasi: "rupiah", selisih: "rupiah" } as const;
const rowLabel = (row: string): ParamKind => ({ rowLabel: row });
const indikator = { nama: { indikatorSubject: "baris" }, baris: "count" } as const;
const named = { nama: rowLabel("baris"), baris: "count" } as const;
/** `nilai` shown as an indikator's value: with `desimal` digits, a percentage when `persen` says so. */
const nilaiShown = {
  nilai: { indikatorValue: "desimal", percentFlag: "persen" },
  desimal: "digits",
  persen: "flag",
} as const;
/** A percentage cell of Data Pendukung holding percent points (82, shown as 8200%): nilai as the cell holds it. */
const pastedPercent = { cell: "cell", kolom: "dataColumn", sheet: "sheet", ...nilaiShown } as const;
/** A tingkat capaian stated and recomputed (15, or the year's Renja): `rumus` the cells it is worked out from. */
const tingkatCapaian = {
  cell: "cell",
  tertulis: pct("desimal"),
  rumus: "text",
  hitung: pct("desimal"),
  desimal: "digits",
} as const;
/** A capaian whose polaritas is in doubt (capaianKinerjaMismatch, polaritasDoubt): stated, and the likelier one. */
const polaritasDoubt = {
  cell: "cell",
  tertulis: pct("desimal"),
  hitung: pct("desimal"),
  desimal: "digits",
  nama: "text",
} as const;
/** A K figure written after the report's quarter (triwulan-source): where, which quarters, and the figure as shown. */
const laterKinerja = { cell: "cell", triwulan: "triwulan", triwulanIsi: "triwulan", ...nilaiShown } as const;
/** A K value as written and the one the sheet's equation gives (kinerja of a count: never a percentage here). */
const kinerja = {
  tertulis: { indikatorValue: "desimal", percentFlag: "persen" },
  rumus: "text",
  hitung: { indikatorValue: "desimal", percentFlag: "persen" },
  desimal: "digits",
  persen: "flag",
} as const;
/** tabel: `3.2, 3.10`; kolom: the table's column as printed; subjek: the rows concerned; where to fill or fix it. */
const gap = { tabel: "text", kolom: "text", subjek: "text", lainnya: "others", sheet: "sheet", cell: "cell" } as const;
const uncertain = {
  tingkat: "level",
  nama: "text",
  sumberCell: "cell",
  sumber: "sheet",
  cell: "cell",
  sheet: "sheet",
  namaDp: "text",
} as const;

/** What a capaian-kinerja-mismatch says whatever its target is. */
const capaianKinerjaSaid = {
  cell: "cell",
  tertulis: pct("desimal"),
  hitung: pct("desimal"),
  desimal: "digits",
  realisasi: { indikatorValue: "desimalRealisasi", percentFlag: "persen" },
  desimalRealisasi: "digits",
  persen: "flag",
  triwulan: "triwulan",
  polaritas: "text",
} as const;

/** A stated capaian as written, the realisasi and the target as their scale names them (`B`, `BB`). */
const kualitatifSaid = {
  cell: "cell",
  tertulis: "text",
  realisasi: "text",
  target: "text",
  triwulan: "triwulan",
} as const;

export const MESSAGE_PARAMS = {
  "kas-vs-pagu": { cell: "cell", pagu: "rupiah", kas: "rupiah", selisih: "rupiah" },
  /** kasCell: the kas cell whose column alone breaks its parent's sum by the same difference; indukCell: the parent's. */
  "kas-vs-pagu.kolom": {
    cell: "cell",
    pagu: "rupiah",
    kas: "rupiah",
    selisih: "rupiah",
    kasCell: "cell",
    indukCell: "cell",
  },
  "kas-vs-pagu.kas-empty": { cell: "cell", pagu: "rupiah" },
  /** kosong: the empty anggaran kas cells, `P12, Q12`. */
  "kas-vs-pagu.some-empty": { cell: "cell", pagu: "rupiah", kas: "rupiah", selisih: "rupiah", kosong: "text" },
  /** Cumulative anggaran kas columns (`S/D TW IV`): the pagu against the kas of the last one, at kasCell. */
  "kas-vs-pagu.kumulatif": { cell: "cell", pagu: "rupiah", kasCell: "cell", kas: "rupiah", selisih: "rupiah" },
  "kas-vs-pagu.kumulatif-empty": { cell: "cell", pagu: "rupiah", kasCell: "cell" },
  "pagu-vs-children": {
    tingkat: "level",
    cell: "cell",
    pagu: "rupiah",
    tingkatAnak: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "pagu-vs-children.parent-empty": { tingkat: "level", cell: "cell", tingkatAnak: "level", jumlah: "rupiah" },
  "kas-vs-children": {
    triwulan: "triwulan",
    tingkat: "level",
    cell: "cell",
    kas: "rupiah",
    tingkatAnak: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "kas-vs-children.parent-empty": {
    triwulan: "triwulan",
    tingkat: "level",
    cell: "cell",
    tingkatAnak: "level",
    jumlah: "rupiah",
  },
  "realisasi-vs-children": {
    tingkat: "level",
    cell: "cell",
    realisasi: "rupiah",
    tingkatAnak: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "realisasi-vs-children.parent-empty": { tingkat: "level", cell: "cell", tingkatAnak: "level", jumlah: "rupiah" },
  "realisasi-vs-children.triwulan": quarterVsChildren,
  "realisasi-vs-children.triwulan-parent-empty": quarterParentEmpty,
  /** The same on a form whose quarter columns are `s.d. TW`. */
  "realisasi-vs-children.triwulan-kumulatif": quarterVsChildren,
  "realisasi-vs-children.triwulan-kumulatif-parent-empty": quarterParentEmpty,
  "realisasi-total-mismatch": { cell: "cell", tertulis: "rupiah", rumus: "text", hitung: "rupiah", selisih: "rupiah" },
  "realisasi-total-mismatch.kolom": {
    cell: "cell",
    tertulis: "rupiah",
    rumus: "text",
    hitung: "rupiah",
    selisih: "rupiah",
    triwulanCell: "cell",
    indukCell: "cell",
  },
  "realisasi-total-mismatch.bulanan": {
    cell: "cell",
    tertulis: "rupiah",
    rumus: "text",
    hitung: "rupiah",
    selisih: "rupiah",
  },
  "realisasi-total-mismatch.kinerja": { cell: "cell", ...indikator, ...kinerja },
  "realisasi-total-mismatch.kumulatif": {
    cell: "cell",
    tertulis: "rupiah",
    rumus: "text",
    hitung: "rupiah",
    selisih: "rupiah",
    triwulan: "triwulan",
  },
  "renstra-total-mismatch": { cell: "cell", tertulis: "rupiah", rumus: "text", hitung: "rupiah", selisih: "rupiah" },
  "renstra-total-mismatch.kinerja": { cell: "cell", ...indikator, ...kinerja },
  "tingkat-capaian-mismatch": tingkatCapaian,
  "tingkat-capaian-mismatch.renja": tingkatCapaian,
  "realisasi-negative": { cell: "cell", triwulan: "triwulan", realisasi: "rupiah" },
  "realisasi-negative.total": { cell: "cell", realisasi: "rupiah" },
  "formula-range.left-out": { cell: "cell", rumus: "text", tingkatAnak: "level", dilewati: "text" },
  "formula-range.left-out.value": {
    cell: "cell",
    rumus: "text",
    tingkatAnak: "level",
    dilewati: "text",
    nilai: "rupiah",
    jumlah: "rupiah",
  },
  "formula-range.counted-twice": { cell: "cell", rumus: "text", tingkatAnak: "level", ganda: "text" },
  "formula-range.counted-twice.value": {
    cell: "cell",
    rumus: "text",
    tingkatAnak: "level",
    ganda: "text",
    nilai: "rupiah",
    jumlah: "rupiah",
  },
  "formula-range.both": { cell: "cell", rumus: "text", tingkatAnak: "level", dilewati: "text", ganda: "text" },
  "formula-range.both.value": {
    cell: "cell",
    rumus: "text",
    tingkatAnak: "level",
    dilewati: "text",
    ganda: "text",
    nilai: "rupiah",
    jumlah: "rupiah",
  },
  "outside-totals": { cell: "cell", dari: "count", sampai: "count", total: "cell" },
  "kode-mismatch": {
    tingkat: "level",
    cell: "cell",
    kode: "text",
    tingkatInduk: "level",
    kodeInduk: "text",
    cellInduk: "cell",
  },
  "total-row-mismatch.pagu": {
    cell: "cell",
    total: "rupiah",
    tingkat: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "total-row-mismatch.triwulan": {
    cell: "cell",
    triwulan: "triwulan",
    total: "rupiah",
    tingkat: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "total-row-mismatch.realisasi": {
    cell: "cell",
    total: "rupiah",
    tingkat: "level",
    jumlah: "rupiah",
    selisih: "rupiah",
  },
  "ambiguous-separator.ribuan": { cell: "cell", contoh: "text" },
  "ambiguous-separator.desimal": { cell: "cell", contoh: "text" },
  /** satuan: `ribuan rupiah` / `jutaan rupiah` (the form's own words, in English too). */
  "rupiah-unit": { cell: "cell", teks: "text", satuan: "text" },
  "rupiah-unit.angka-penuh": {
    cell: "cell",
    teks: "text",
    satuan: "text",
    contoh: "rupiah",
    contohCell: "cell",
    dikali: "rupiah",
  },
  /** periode, lainnya: `TW IV 2023`, `TW I 2023 (1), TW II 2023 (24)` (the same in both languages). */
  "stacked-tables": { jumlah: "count", periode: "text", baris: "count", lainnya: "text" },
  "stacked-tables.unit": { baris: "count", sampai: "count", lainnya: "text" },
  /** lainnya: the other sheets of the period, quoted; sumber: the sheet the tables come from. */
  "stacked-tables.sheets": { lainnya: "text", sumber: "sheet", program: "count" },
  /** Neither the title nor the sheet's name states the triwulan: read as the year's end. */
  "triwulan-source.unstated": { lembar: "sheet" },
  /** … read as the triwulan whose targets the sheet's capaian kinerja follow from. */
  "triwulan-source.capaian": { lembar: "sheet", triwulan: "triwulan" },
  /** … read as the last triwulan holding realisasi (Evaluasi Renja). */
  "triwulan-source.realisasi": { lembar: "sheet", triwulan: "triwulan" },
  /** The title's triwulan is read; the sheet's name states another. */
  "triwulan-source.conflict": { lembar: "sheet", triwulan: "triwulan", triwulanLembar: "triwulan" },
  /** The sheet's name's triwulan is read: the stated capaian follow its targets, not the title's. */
  "triwulan-source.conflict-lembar": { lembar: "sheet", triwulan: "triwulan", triwulanJudul: "triwulan" },
  /** Realisasi written in a quarter after the report's: the first such cell, and how many rows more have one. */
  "triwulan-source.later-quarter": {
    cell: "cell",
    triwulan: "triwulan",
    triwulanIsi: "triwulan",
    realisasi: "rupiah",
  },
  "triwulan-source.later-quarter-many": {
    cell: "cell",
    triwulan: "triwulan",
    triwulanIsi: "triwulan",
    realisasi: "rupiah",
    lain: "count",
  },
  "triwulan-source.later-quarter-kinerja": laterKinerja,
  "triwulan-source.later-quarter-kinerja-many": { ...laterKinerja, lain: "count" },
  /** rumus: the first formula cell that passes over the text. */
  "number-stored-as-text": { cell: "cell", teks: "text", rumus: "cell" },
  "number-stored-as-text.many": { cell: "cell", teks: "text", rumus: "cell", lain: "count" },
  /** ujung: the right end of the name's merge. */
  "heading-row-sum": { cell: "cell", tingkat: "level", ujung: "cell", tingkatAnak: "level", pagu: "rupiah" },
  "heading-row-sum.unmerged": { cell: "cell", tingkat: "level", tingkatAnak: "level", pagu: "rupiah" },
  "heading-row-sum.rp-kosong": { cell: "cell", tingkat: "level", tingkatAnak: "level", pagu: "rupiah" },
  "realisasi-over-pagu": { cell: "cell", realisasi: "rupiah", pagu: "rupiah", selisih: "rupiah" },
  "realisasi-over-kas": { cell: "cell", realisasi: "rupiah", triwulan: "triwulan", kas: "rupiah", selisih: "rupiah" },
  "capaian-anggaran-mismatch": {
    cell: "cell",
    tertulis: pct("desimal"),
    realisasi: "rupiah",
    pagu: "rupiah",
    hitung: pct("desimal"),
    desimal: "digits",
  },
  "capaian-kinerja-mismatch": {
    ...capaianKinerjaSaid,
    target: { indikatorValue: "desimalTarget", percentFlag: "persen" },
    desimalTarget: "digits",
  },
  /** Against a target written as a range (`90-95`): inside it counts 100%, outside against the nearer end. */
  "capaian-kinerja-mismatch.rentang": { ...capaianKinerjaSaid, rentang: "text" },
  /** Stated as R/T for an indikator whose name says less is better, nothing else saying its polaritas. */
  "capaian-kinerja-mismatch.polaritas-nama": polaritasDoubt,
  "capaian-kinerja-mismatch.polaritas-capaian": polaritasDoubt,
  /** Stated as less is better where the workbook's other sheets state R/T: the first of them, and how many more. */
  "capaian-kinerja-mismatch.polaritas-lembar": { ...polaritasDoubt, lembar: "sheet", lainnya: "others" },
  /** Values on an ordered scale (`B` against `BB`): the stated capaian as written, and which side it should be on. */
  "capaian-kinerja-mismatch.kualitatif-tercapai": kualitatifSaid,
  "capaian-kinerja-mismatch.kualitatif-tidak-tercapai": kualitatifSaid,
  "realisasi-decreased.kumulatif": {
    tingkat: "level",
    nama: "text",
    cell: "cell",
    triwulan: "triwulan",
    realisasi: "rupiah",
    cellLalu: "cell",
    triwulanLalu: "triwulan",
    realisasiLalu: "rupiah",
  },
  "realisasi-decreased": {
    tingkat: "level",
    nama: "text",
    cell: "cell",
    sheet: "sheet",
    triwulan: "triwulan",
    realisasi: "rupiah",
    triwulanLalu: "triwulan",
    sheetLalu: "sheet",
    realisasiLalu: "rupiah",
  },
  "unreadable-value": { cell: "cell", teks: "text" },
  "unreadable-value.not-calculated": { cell: "cell", rumus: "text" },
  /** A K figure written with a unit that is not the row's satuan (`12 Keg` where the satuan is Sub Domain). */
  "unreadable-value.unit": { cell: "cell", teks: "text", satuan: "text" },
  "unreadable-value.koma-ribuan": { cell: "cell", teks: "text" },
  "unreadable-value.div-zero": { cell: "cell", rumus: "text" },
  /** A formula that reads its own cell: a circular reference. */
  "unreadable-value.circular": { cell: "cell", rumus: "text" },
  "unreadable-value.not-calculated-many": { cell: "cell", rumus: "text", lain: "count" },
  "number-out-of-range": { cell: "cell", teks: "text" },
  "text-too-long": { cell: "cell", panjang: "count" },
  /** A date where a kinerja figure belongs (a target or realisasi K): `4/5` turned into a date by Excel. */
  "date-in-amount.kinerja": { cell: "cell", tanggal: "text" },
  "date-in-amount": { cell: "cell", tanggal: "text" },
  "unreadable-value.data-pendukung": { cell: "cell", kolom: "dataColumn", sheet: "sheet", teks: "text" },
  "unreadable-value.data-pendukung-persen": pastedPercent,
  "unreadable-value.data-pendukung-persen-many": { ...pastedPercent, lain: "count" },
  "unreadable-value.polaritas": { cell: "cell", sheet: "sheet", teks: "text" },
  "missing-name.budget": { cell: "cell", baris: "count" },
  "missing-name.tujuan": { cell: "cell", baris: "count" },
  "missing-name.sasaran": { cell: "cell", baris: "count" },
  "missing-name.indikator": { cell: "cell", baris: "count" },
  "missing-value.pagu": { cell: "cell", tingkat: "level", nama: "text" },
  /**
   * A report made before TW IV whose anggaran kas after its triwulan is empty on every row: one finding at the
   * header of the first empty quarter (from), instead of a kas-vs-pagu on every row.
   */
  "missing-value.kas-later": { cell: "cell", dari: "triwulan", triwulan: "triwulan" },
  "missing-value.realisasi-anggaran": { cell: "cell", tingkat: "level", nama: "text" },
  "missing-value.sub-kegiatan-rp": { cell: "cell", jumlah: "count" },
  "missing-value.capaian-anggaran": { cell: "cell", saran: pct("desimal"), desimal: "digits" },
  "missing-value.target": { triwulan: "triwulan", cell: "cell", ...indikator },
  "missing-value.target-no-triwulan": { cell: "cell", ...indikator },
  "missing-value.realisasi-kinerja": { cell: "cell", ...indikator },
  "missing-value.realisasi-kinerja-belum": { cell: "cell", tertulis: "text", ...indikator },
  "missing-value.target-belum": { triwulan: "triwulan", cell: "cell", tertulis: "text", ...indikator },
  "missing-value.capaian-kinerja": { cell: "cell", triwulan: "triwulan", saran: pct("desimal"), desimal: "digits" },
  "missing-value.data-pendukung-header": { sheet: "sheet" },
  /** baris: the header's first row. */
  "missing-value.realisasi-columns": { cell: "cell", baris: "count" },
  "missing-value.realisasi-anggaran-column": { cell: "cell", baris: "count" },
  "missing-value.no-realisasi": { cell: "cell", lembar: "sheet" },
  "missing-value.data-pendukung-name": { cell: "cell", sheet: "sheet", baris: "count" },
  "level-uncertain.code-word-conflict": {
    cell: "cell",
    ...named,
    kode: "text",
    tingkatKode: "level",
    tingkatKata: "level",
  },
  "level-uncertain.program-by-sum": { cell: "cell", ...named },
  /** jumlah: how many rekening belanja rows the sheet lists under its sub kegiatan. */
  "level-uncertain.rekening": { cell: "cell", jumlah: "count" },
  "level-uncertain.urusan": { cell: "cell", jumlah: "count" },
  "level-uncertain.pendapatan": { cell: "cell", jumlah: "count" },
  "level-uncertain.perubahan": { cell: "cell", jumlah: "count" },
  "level-uncertain.rincian": { cell: "cell", jumlah: "count" },
  "level-uncertain.lanjutan-nama": { cell: "cell", jumlah: "count" },
  /** rumus: the SUBTOTAL(109, …) that leaves the first of them out. */
  "level-uncertain.subtotal-hidden": { cell: "cell", jumlah: "count", rumus: "cell" },
  "level-uncertain.program-by-position": { cell: "cell", ...named },
  "level-uncertain.sub-without-kegiatan": {
    cell: "cell",
    ...named,
    program: rowLabel("barisProgram"),
    barisProgram: "count",
    programCell: "cell",
  },
  "level-uncertain.kegiatan-under-guessed-program": {
    cell: "cell",
    ...named,
    program: rowLabel("barisProgram"),
    barisProgram: "count",
    programCell: "cell",
  },
  "level-uncertain.kegiatan-without-sub": {
    cell: "cell",
    ...named,
    program: rowLabel("barisProgram"),
    barisProgram: "count",
    programCell: "cell",
  },
  /** barisSub: how many rows under it are taken as its sub kegiatan. */
  "level-uncertain.kegiatan-sum-differs": {
    cell: "cell",
    ...named,
    program: rowLabel("barisProgram"),
    barisProgram: "count",
    programCell: "cell",
    barisSub: "count",
  },
  "level-uncertain.sub-under-guessed-program": {
    cell: "cell",
    ...named,
    kegiatan: rowLabel("barisKegiatan"),
    barisKegiatan: "count",
    kegiatanCell: "cell",
  },
  /** Said at the first of the rows taken so; lainnya: how many more. */
  "level-uncertain.sub-sum-differs": {
    cell: "cell",
    ...named,
    kegiatan: rowLabel("barisKegiatan"),
    barisKegiatan: "count",
    kegiatanCell: "cell",
    lainnya: "others",
  },
  // A cell of an LKjIP table left empty: which tables and column, for which rows, why, and where to fill or fix it.
  "table-cell-empty.data-pendukung": { ...gap, kolomDp: "text" },
  "table-cell-empty.source-target": gap,
  "table-cell-empty.source-realisasi": gap,
  "table-cell-empty.source-both": gap,
  "table-cell-empty.source-unreadable-target": gap,
  "table-cell-empty.source-unreadable-realisasi": gap,
  "table-cell-empty.source-unreadable-both": gap,
  "table-cell-empty.source-renstra": gap,
  "table-cell-empty.kualitatif": gap,
  "table-cell-empty.unnamed": gap,
  "table-cell-empty.no-program": gap,
  "table-cell-empty.no-tujuan": gap,
  "table-cell-empty.no-tujuan-sasaran": gap,
  "table-cell-empty.no-pagu": gap,
  "table-cell-empty.no-realisasi": gap,
  "table-cell-empty.unreadable-pagu": gap,
  "table-cell-empty.unreadable-realisasi": gap,
  "table-cell-empty.pagu-zero": gap,
  "table-cell-empty.capaian-anggaran-zero": gap,
  "table-cell-empty.capaian-kinerja": gap,
  "table-cell-empty.efisiensi-pmk": gap,
  "table-cell-empty.total-anggaran": { ...gap, total: "rupiah" },
  "table-cell-empty.rencana-tindak-lanjut": gap,
  "table-cell-empty.sumber-dana": gap,
  // A Data Pendukung row that matches nothing in the source sheet, or matches only by place or a similar name.
  "data-pendukung-orphan": { cell: "cell", sheet: "sheet", tingkat: "level", nama: "text", sumber: "sheet" },
  "data-pendukung-orphan.unnamed": { cell: "cell", sheet: "sheet", tingkat: "level", sumber: "sheet" },
  "data-pendukung-uncertain.place": uncertain,
  "data-pendukung-uncertain.similar": uncertain,
  /** dipakai: the row whose entries are used. */
  "data-pendukung-uncertain.duplicate": {
    cell: "cell",
    sheet: "sheet",
    tingkat: "level",
    nama: "text",
    dipakai: "cell",
  },
  // A note of ours beside a Data Pendukung row, from an earlier run, that no longer holds (the row matches now).
  "data-pendukung-stale-note": { cell: "cell", sheet: "sheet", sumber: "sheet" },
  // Another sheet with our Data Pendukung mark (a copy made in Excel): not read.
  "data-pendukung-copy": { sheet: "sheet", dibaca: "sheet" },
  /** tahunDp: the year Data Pendukung says (its Tahun cell), tahun: the report's. */
  "data-pendukung-uncertain.tahun": {
    cell: "cell",
    sheet: "sheet",
    tahunDp: "count",
    tahun: "count",
    tahunLaluDp: "count",
    tahunLalu: "count",
  },
  /** Last year's target or realisasi in Data Pendukung (tertulis) against last year's sheet in the workbook (nilai). */
  "data-pendukung-uncertain.tahun-lalu": {
    cell: "cell",
    sheet: "sheet",
    kolom: "dataColumn",
    nama: "text",
    tertulis: { indikatorValue: "desimal", percentFlag: "persen" },
    nilai: { indikatorValue: "desimal", percentFlag: "persen" },
    lembar: "sheet",
    sumberCell: "cell",
    desimal: "digits",
    persen: "flag",
  },
  /** The office's total anggaran written in Data Pendukung (tertulis) against the programs' pagu added up (jumlah). */
  "data-pendukung-uncertain.total-anggaran": {
    cell: "cell",
    sheet: "sheet",
    tertulis: "rupiah",
    jumlah: "rupiah",
    sumber: "sheet",
    selisih: "rupiah",
  },
  /** A BELANJA OPERASI / PEGAWAI anggaran above the office's total (Data Pendukung's, else the programs'). */
  "data-pendukung-uncertain.belanja": {
    cell: "cell",
    sheet: "sheet",
    belanja: "text",
    tertulis: "rupiah",
    total: "rupiah",
  },
  "data-pendukung-uncertain.unnamed": {
    tingkat: "level",
    sumberCell: "cell",
    sumber: "sheet",
    cell: "cell",
    sheet: "sheet",
    namaDp: "text",
  },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type MessageKey = keyof typeof MESSAGE_PARAMS;

export const MESSAGE_KEYS = Object.keys(MESSAGE_PARAMS) as MessageKey[];

/** An amount or a percentage as given to makeFinding: a Decimal becomes a number (or its exact text) in params. */
export type Amount = number | string | Decimal;

/** The parameters one key's sentence needs: names and the type of value each holds. */
export type ParamsOf<K extends MessageKey> = {
  [P in keyof (typeof MESSAGE_PARAMS)[K]]: ValueOf<(typeof MESSAGE_PARAMS)[K][P]>;
};

type ValueOf<Kind> = Kind extends "text" | "cell" | "sheet"
  ? string
  : Kind extends "count" | "digits" | "triwulan" | "others"
    ? number
    : Kind extends "flag"
      ? boolean
      : Kind extends "level"
        ? string | null
        : Kind extends "dataColumn"
          ? DataColumn
          : Kind extends "rupiah" | { percent: string } | { indikatorValue: string; percentFlag: string }
            ? Amount
            : Kind extends { rowLabel: string } | { indikatorSubject: string }
              ? string
              : never;
