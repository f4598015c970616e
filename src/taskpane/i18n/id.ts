import { ColumnKey } from "../../core/layout/columns";
import { Severity, RuleId } from "../../core/validation/finding";
import { Phase } from "../../core/ports/workbookPort";

/** Bahasa Indonesia: the default language of the task pane. Its shape is the shape of every dictionary. */
export const id = {
  appTitle: "LKjIP dari Pengukuran Kinerja",
  languageLabel: "Bahasa",
  languageNames: { id: "Indonesia", en: "English" },
  stepsLabel: "Langkah",
  steps: { kenali: "Kenali", periksa: "Periksa", buat: "Buat tabel LKjIP" },

  noWorkbookTitle: "Belum ada buku kerja",
  noWorkbookBody:
    "Panel ini tidak berjalan di dalam Excel. Buka file Pengukuran Kinerja (.xlsx, .xls, .ods, atau ekspor tabel dari aplikasi) untuk mengenali, memeriksa dan membuat tabel LKjIP.",
  openFile: "Buka file",
  openFileUnavailable: "Membuka file dari halaman ini belum tersedia. Jalankan add-in di Excel.",

  loading: "Membaca buku kerja…",
  reload: "Baca ulang buku kerja",
  errorTitle: "Terjadi kesalahan",
  unknownError: "Kesalahan yang tidak dikenal.",
  settingUnreadable: (sheet: string) =>
    `Koreksi kolom yang tersimpan untuk lembar "${sheet}" tidak terbaca dan diabaikan.`,

  sheetPickerLabel: "Lembar yang dibaca",
  allSheets: "Semua lembar yang dikenali",
  recognisedHeading: "Tabel yang dikenali",
  triwulan: "Triwulan",
  tahun: "Tahun",
  notInTitle: "tidak disebut di judul",
  counts: {
    tujuan: "Tujuan",
    sasaran: "Sasaran",
    indikator: "Indikator",
    program: "Program",
    kegiatan: "Kegiatan",
    subKegiatan: "Sub kegiatan",
  },
  noTableTitle: "Tabel Pengukuran Kinerja tidak ditemukan",
  noTableBody: "Tidak ada lembar yang memuat judul kolom tabel Pengukuran Kinerja.",
  missingHeaders: (sheet: string, words: string) => `Lembar "${sheet}": judul kolom tidak ditemukan: ${words}.`,
  skippedSheets: (names: string) => `Dilewati (bukan tabel Pengukuran Kinerja): ${names}.`,

  columnsHeading: (sheet: string) => `Kolom di lembar "${sheet}"`,
  columnsHint: "Jika sebuah kolom salah dikenali, pilih huruf kolom yang benar. Koreksi disimpan di buku kerja.",
  columnNotFound: "tidak ditemukan",
  columnCorrected: "dikoreksi",
  columnPickerLabel: (label: string) => `Huruf kolom untuk ${label}`,
  resetColumns: "Hapus koreksi kolom",
  columnLabels: {
    no: "Nomor",
    tujuan: "Tujuan",
    indikatorTujuan: "Indikator tujuan",
    sasaran: "Sasaran strategis",
    indikatorSasaran: "Indikator sasaran",
    formulasi: "Formulasi perhitungan",
    target1: "Target TW I",
    target2: "Target TW II",
    target3: "Target TW III",
    target4: "Target TW IV",
    realisasiKinerja: "Realisasi kinerja",
    capaianKinerja: "Capaian kinerja",
    kode: "Kode",
    uraian: "Program / kegiatan / sub kegiatan",
    pagu: "Pagu",
    kas1: "Anggaran kas TW I",
    kas2: "Anggaran kas TW II",
    kas3: "Anggaran kas TW III",
    kas4: "Anggaran kas TW IV",
    realisasiAnggaran: "Realisasi anggaran (Rp)",
    capaianAnggaran: "Capaian anggaran (%)",
  } as Record<ColumnKey, string>,

  findingsHeading: "Hasil pemeriksaan",
  noModelsYet: "Belum ada tabel yang dikenali. Lihat langkah Kenali.",
  noFindings: "Tidak ada temuan: angka-angka sesuai.",
  severities: { error: "Kesalahan", warning: "Peringatan", info: "Info" } as Record<Severity, string>,
  severityCount: (n: number, label: string) => `${n} ${label.toLowerCase()}`,
  ruleFilterLabel: "Saring menurut aturan",
  allRules: "Semua aturan",
  shownCount: (shown: number, total: number) => `${shown} dari ${total} temuan ditampilkan`,
  ruleLabels: {
    "kas-vs-pagu": "Anggaran kas TW I–IV tidak sama dengan pagu",
    "pagu-vs-children": "Pagu tidak sama dengan jumlah rinciannya",
    "kas-vs-children": "Anggaran kas tidak sama dengan jumlah rinciannya",
    "realisasi-vs-children": "Realisasi tidak sama dengan jumlah rinciannya",
    "realisasi-over-pagu": "Realisasi melebihi pagu",
    "realisasi-over-kas": "Realisasi melebihi anggaran kas",
    "capaian-anggaran-mismatch": "Capaian anggaran tidak sesuai hitungan",
    "capaian-kinerja-mismatch": "Capaian kinerja tidak sesuai hitungan",
    "unreadable-value": "Nilai tidak terbaca",
    "missing-name": "Nama kosong",
    "missing-value": "Nilai kosong",
    "level-uncertain": "Tingkat baris tidak pasti",
    "realisasi-decreased": "Realisasi turun dari triwulan sebelumnya",
  } as Record<RuleId, string>,
  findingLocation: (sheet: string, cell: string) => `Lembar "${sheet}", sel ${cell}`,
  goToCell: (sheet: string, cell: string) => `Pilih sel ${cell} di lembar "${sheet}"`,
  expected: "Seharusnya",
  actual: "Tertulis",

  generateIntro:
    "Membaca buku kerja, memeriksa angka, lalu menulis tabel LKjIP ke lembar baru. Lembar Anda sendiri tidak diubah.",
  generateButton: "Buat tabel LKjIP",
  phases: { membaca: "Membaca", memeriksa: "Memeriksa", menulis: "Menulis" } as Record<Phase, string>,
  progressLabel: "Kemajuan",
  progressText: (phase: string, done: number, total: number) =>
    total > 0 ? `${phase}… (${Math.floor(done)} dari ${total})` : `${phase}…`,
  doneSummary: (n: number) => `Selesai: ${n} lembar ditulis.`,
  sourceLine: (sheet: string, period: string) => `Sumber: lembar "${sheet}"${period ? `, ${period}` : ""}.`,
  period: (triwulan: string | null, tahun: number | null) =>
    [triwulan ? `s/d triwulan ${triwulan}` : "", tahun ? `tahun ${tahun}` : ""].filter(Boolean).join(" "),
  writtenHeading: "Lembar yang ditulis",
  nothingWritten: "Tidak ada lembar yang ditulis.",
  openSheet: (name: string) => `Buka lembar "${name}"`,
  dataPendukungTitle: "Isi Data Pendukung",
  dataPendukungBody: (sheet: string) =>
    `Lembar "${sheet}" dibuat. Isi polaritas, target dan realisasi tahun lalu, target akhir Renstra dan analisisnya, lalu buat tabel LKjIP lagi.`,
};

export type Messages = typeof id;
