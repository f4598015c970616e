import { ErColumnKey, Layout, PkColumnKey } from "../../core/model/columns";
import { Phase } from "../../core/ports/workbookPort";

const ROMAWI = ["I", "II", "III", "IV"];
/** A count as Bahasa Indonesia writes it: 100.000. */
const num = (count: number) => count.toLocaleString("id-ID");

/**
 * Bahasa Indonesia: the default language of the task pane. Its shape is the shape of every dictionary (en.ts must
 * have the same keys). Words about findings (severity, rule labels, the labels of the two amounts, the sentences)
 * come from the engine's catalogs (src/core/model/messages), so the pane and the Hasil Pemeriksaan sheet agree.
 */
export const id = {
  appTitle: "LKjIP dari Pengukuran Kinerja atau Evaluasi Renja",
  languageLabel: "Bahasa",
  languageNames: { id: "Indonesia", en: "English" },
  stepsLabel: "Langkah",
  steps: { kenali: "Kenali", periksa: "Periksa", buat: "Buat LKjIP" },
  stepHeadings: { kenali: "Tabel yang dikenali", periksa: "Temuan pemeriksaan", buat: "Tabel LKjIP" },

  noWorkbookTitle: "Belum ada buku kerja",
  noWorkbookBody:
    "Panel ini tidak berjalan di dalam Excel. Buka berkas Pengukuran Kinerja atau Evaluasi Renja (.xlsx, .xls, .ods, atau ekspor tabel dari aplikasi) untuk mengenali, memeriksa dan membuat tabel LKjIP.",
  openFile: "Buka berkas",
  openFileUnavailable: "Membuka berkas dari halaman ini belum tersedia. Jalankan add-in di Excel.",

  loading: "Membaca buku kerja…",
  reload: "Baca ulang buku kerja",
  errorTitle: "Terjadi kesalahan",
  unknownError: "Kesalahan yang tidak dikenal.",
  dismiss: "Tutup pesan",
  settingUnreadable: (sheet: string) =>
    `Koreksi kolom yang tersimpan untuk lembar "${sheet}" tidak terbaca dan diabaikan.`,
  sourceChangedTitle: "Lembar sumber berubah",
  sourceChanged: (sheet: string) =>
    `Lembar "${sheet}" diubah setelah diperiksa, jadi temuan di panel ini mungkin sudah tidak sesuai.`,
  recheck: "Periksa ulang",

  triwulan: "Triwulan",
  tahun: "Tahun",
  notInTitle: "tidak disebut di judul",
  counts: {
    urusan: "Urusan",
    bidang: "Bidang urusan",
    tujuan: "Tujuan",
    sasaran: "Sasaran",
    indikator: "Indikator",
    program: "Program",
    kegiatan: "Kegiatan",
    subKegiatan: "Sub kegiatan",
  },
  noTableTitle: "Tabel Pengukuran Kinerja atau Evaluasi Renja tidak ditemukan",
  noTableBody: "Tidak ada lembar yang memuat judul kolom tabel Pengukuran Kinerja atau Evaluasi Renja.",
  missingHeaders: (sheet: string, words: string) => `Lembar "${sheet}": judul kolom tidak ditemukan: ${words}.`,
  hiddenSheetsNotRead: (names: string) =>
    `Lembar tersembunyi tidak dibaca: ${names}. Bila tabelnya ada di sana, ` +
    "tampilkan lembar itu (klik kanan tab lembar › Tampilkan/Unhide), lalu periksa lagi.",
  skippedSheets: (names: string) => `Dilewati (bukan tabel Pengukuran Kinerja atau Evaluasi Renja): ${names}.`,
  recognisedSummary: (sheets: number, findings: number, errors: number) =>
    findings === 0
      ? `${num(sheets)} lembar dikenali; pemeriksaan tidak menemukan temuan.`
      : errors === 0
        ? `${num(sheets)} lembar dikenali; pemeriksaan menemukan ${num(findings)} temuan, tidak ada yang berupa kesalahan.`
        : `${num(sheets)} lembar dikenali; pemeriksaan menemukan ${num(findings)} temuan, ${num(errors)} di antaranya kesalahan.`,
  sourceHeading: "Sumber tabel LKjIP",
  sourceHint:
    "Tabel LKjIP dibuat dari satu lembar: yang terbaru menurut tahun dan triwulan, kecuali Anda memilih lembar lain.",
  sourceOne: (sheet: string) => `Tabel LKjIP dibuat dari lembar "${sheet}".`,
  sourceLatest: "terbaru",
  period: (triwulan: number | null, tahun: number | null, semester = false) =>
    [
      triwulan
        ? semester
          ? `semester ${triwulan <= 2 ? "I" : "II"}`
          : `triwulan ${ROMAWI[triwulan - 1] ?? triwulan}`
        : "",
      tahun ? `tahun ${tahun}` : "",
    ]
      .filter(Boolean)
      .join(", ") || "triwulan dan tahun tidak disebut di judul",
  toPeriksa: "Periksa angka",

  correctColumns: "Koreksi kolom",
  columnsHint: "Jika sebuah kolom salah dikenali, pilih huruf kolom yang benar. Koreksi disimpan di buku kerja.",
  columnNotFound: "tidak ditemukan",
  columnOptional: "opsional",
  columnCorrected: "dikoreksi",
  columnNoHeader: "(tanpa judul)",
  columnPickerLabel: (label: string) => `Huruf kolom untuk ${label}`,
  columnOption: (letter: string, header: string) => `${letter} · ${header}`,
  resetColumns: "Hapus koreksi kolom",
  columnTaken: (letter: string, owner: string, wanted: string) =>
    `Kolom ${letter} sudah dipakai untuk "${owner}". Pakai kolom ${letter} untuk "${wanted}" dan lepaskan dari "${owner}"?`,
  columnMove: "Ya, pindahkan",
  cancel: "Batal",
  columnsSwapped: (letter: string, wanted: string, owner: string, previous: string) =>
    `Kolom ${letter} sekarang untuk "${wanted}"; "${owner}" pindah ke kolom ${previous}.`,
  findingsChanged: (before: number, after: number) => `Setelah koreksi: ${num(before)} → ${num(after)} temuan.`,
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
    capaianTahunan: "Capaian thd target tahunan",
    satuan: "Satuan",
    polaritas: "Polaritas",
    keterangan: "Keterangan",
    kode: "Kode",
    uraian: "Program / kegiatan / sub kegiatan",
    pagu: "Pagu",
    kas1: "Anggaran kas TW I",
    kas2: "Anggaran kas TW II",
    kas3: "Anggaran kas TW III",
    kas4: "Anggaran kas TW IV",
    realisasiAnggaran: "Realisasi anggaran (Rp)",
    capaianAnggaran: "Capaian anggaran (%)",
  } as Record<PkColumnKey, string>,
  /** The semester a semester form reaches: Semester I holds TW I–II, Semester II the rest of the year. */
  semesterOf: (triwulan: number) => `Semester ${triwulan <= 2 ? "I" : "II"}`,
  /** A semester form's realisasi column (its halves stand in the places of TW II and TW IV). */
  erSemesterColumn: (half: 1 | 2, unit: "K" | "Persen" | "Rp") =>
    `Realisasi Semester ${half === 1 ? "I" : "II"} (${unit === "Persen" ? "%" : unit})`,
  erColumnLabels: {
    no: "Nomor",
    visi: "Visi",
    misi: "Misi",
    sasaranRpjmd: "Sasaran RPJMD",
    tujuan: "Tujuan PD",
    sasaran: "Sasaran PD",
    kode: "Kode",
    uraian: "Urusan / program / kegiatan",
    indikator: "Indikator kinerja program / kegiatan",
    satuan: "Satuan",
    targetRenstraK: "Target Renstra (K)",
    targetRenstraRp: "Target Renstra (Rp)",
    realisasiRenstraK: "Realisasi Renstra s.d. tahun lalu (K)",
    realisasiRenstraRp: "Realisasi Renstra s.d. tahun lalu (Rp)",
    targetRenjaK: "Target Renja (K)",
    targetRenjaRp: "Target Renja (Rp)",
    realisasiTw1K: "Realisasi TW I (K)",
    realisasiTw1Persen: "Realisasi TW I (%)",
    realisasiTw1Rp: "Realisasi TW I (Rp)",
    realisasiTw2K: "Realisasi TW II (K)",
    realisasiTw2Persen: "Realisasi TW II (%)",
    realisasiTw2Rp: "Realisasi TW II (Rp)",
    realisasiTw3K: "Realisasi TW III (K)",
    realisasiTw3Persen: "Realisasi TW III (%)",
    realisasiTw3Rp: "Realisasi TW III (Rp)",
    realisasiTw4K: "Realisasi TW IV (K)",
    realisasiTw4Persen: "Realisasi TW IV (%)",
    realisasiTw4Rp: "Realisasi TW IV (Rp)",
    realisasiK: "Realisasi tahun ini (K)",
    realisasiRp: "Realisasi tahun ini (Rp)",
    realisasiSdTahunK: "Realisasi Renstra s.d. tahun ini (K)",
    realisasiSdTahunRp: "Realisasi Renstra s.d. tahun ini (Rp)",
    tingkatCapaianK: "Tingkat capaian Renstra (K)",
    tingkatCapaianRp: "Tingkat capaian Renstra (Rp)",
    capaianRenjaK: "Tingkat capaian Renja (K)",
    capaianRenjaRp: "Tingkat capaian Renja (Rp)",
    unitPd: "Unit PD penanggung jawab",
    keterangan: "Keterangan",
  } as Record<ErColumnKey, string>,
  layoutNames: { "pengukuran-kinerja": "Pengukuran Kinerja", "evaluasi-renja": "Evaluasi Renja" } as Record<
    Layout,
    string
  >,

  noModelsYet: "Belum ada tabel yang dikenali. Lihat langkah Kenali.",
  noFindings: "Tidak ada temuan: angka-angka sesuai.",
  severityCount: (n: number, word: string) => `${num(n)} ${word.toLowerCase()}`,
  ruleFilterLabel: "Saring menurut aturan",
  clearSelection: "Hapus pilihan",
  allRules: "Semua aturan",
  sheetFilterLabel: "Saring menurut lembar",
  allSheets: "Semua lembar",
  showInfo: (n: number) => `Tampilkan info (${num(n)})`,
  shownCount: (shown: number, total: number) => `${num(shown)} dari ${num(total)} temuan ditampilkan`,
  wholeSheet: "Seluruh lembar",
  listLabel: "Daftar temuan, dikelompokkan per lembar dan per baris",
  sheetGroup: (sheet: string, n: number) => `Lembar "${sheet}" · ${num(n)} temuan`,
  rowMeta: (level: string | null, row: number | null, n: number) =>
    [level, row !== null ? `baris ${row}` : "seluruh lembar", `${num(n)} temuan`].filter(Boolean).join(" · "),
  cellLabel: (cell: string) => `Sel ${cell}`,
  goToCell: (sheet: string, cell: string) => `Pilih sel ${cell} di lembar "${sheet}"`,
  showFigures: (cell: string) => `Lihat angka baris untuk sel ${cell}`,
  figuresHeading: (row: number) => `Angka baris ${row} sebagaimana terbaca`,
  figuresNone: "Baris ini tidak memuat angka anggaran atau kinerja yang terbaca.",
  figureLabels: {
    name: "Nama",
    level: "Tingkat",
    pagu: "Pagu",
    kas: "Anggaran kas",
    target: "Target",
    realisasi: "Realisasi",
    capaian: "Capaian",
    targetRenja: "Target Renja tahun ini (Rp)",
    realisasiTahun: "Realisasi tahun ini (Rp)",
    realisasiSdTahun: "Realisasi Renstra s.d. tahun ini (Rp)",
  },
  figureEmpty: "kosong",
  figureUnreadable: (text: string) => `"${text}" (tidak terbaca sebagai angka)`,
  toBuat: "Buat tabel LKjIP",

  buatIntro:
    "Membaca buku kerja, memeriksa angka, lalu menulis tabel LKjIP ke lembar baru. Lembar Anda sendiri tidak diubah.",
  generateButton: "Buat tabel LKjIP",
  regenerateButton: "Buat ulang",
  errorsBefore: (n: number, sheet: string) =>
    n > 0
      ? `Lembar sumber "${sheet}" masih memuat ${num(n)} kesalahan. Tabel LKjIP memuat angkanya apa adanya.`
      : `Lembar sumber "${sheet}" tidak memuat kesalahan.`,
  errorsAfter: (n: number, sheet: string) =>
    n > 0
      ? `Tabel dibuat dari "${sheet}", yang masih memuat ${num(n)} kesalahan; angka itu terbawa ke tabel. Perbaiki di lembar sumber lalu buat ulang.`
      : `Tabel dibuat dari "${sheet}", yang tidak memuat kesalahan.`,
  seeInPeriksa: "Lihat di Periksa",
  tableWarningsTitle: (n: number) =>
    n === 1 ? "Perhatikan sebelum dicetak" : `Perhatikan sebelum dicetak (${num(n)})`,
  tableNotes: (n: number) =>
    `Lembar Hasil Pemeriksaan juga mencatat ${num(n)} hal dari pembuatan tabel (mis. sel tabel yang dibiarkan kosong dan alasannya, baris Data Pendukung yang tidak cocok).`,
  undoOneStep: "Setelah ditulis, semua lembarnya dapat dibatalkan sekaligus dengan Urungkan (Ctrl+Z).",
  undoNone:
    "Excel ini tidak dapat membatalkan langkah ini dengan Urungkan. Lembar Anda sendiri tidak diubah; lembar yang dibuat dapat dihapus bila tidak diperlukan.",
  undoNotGrouped:
    "Penulisan kali ini tidak dapat dibatalkan sekaligus dengan Urungkan: sebagian perubahannya (misalnya menghapus lembar lama) tidak dapat diurungkan Excel.",
  phases: { membaca: "Membaca", memeriksa: "Memeriksa", menulis: "Menulis" } as Record<Phase, string>,
  progressLabel: "Kemajuan",
  progressText: (phase: string, done: number, total: number) =>
    total > 0 ? `${phase}… (${num(Math.floor(done))} dari ${num(total)})` : `${phase}…`,
  doneSummary: (n: number) => `Selesai: ${num(n)} lembar ditulis.`,
  sourceLine: (sheet: string, period: string) => `Sumber: lembar "${sheet}", ${period}.`,
  writtenHeading: "Lembar yang ditulis",
  writtenStatus: { new: "baru", updated: "diganti", appended: "ditambah di sel kosong", unchanged: "tidak berubah" },
  keptHeading: "Dibiarkan apa adanya",
  resubjectedHeading: "Periksa rujukan Anda",
  updatedFormats:
    "Lembar yang diganti ditulis ulang isi dan formatnya: format yang hanya Anda ubah di sana (warna, huruf tebal, " +
    "lebar kolom) tidak disimpan. Rapikan format setelah pembuatan terakhir, atau salin lembarnya lebih dulu.",
  keptPrint: (sheets: string) =>
    `Pengaturan cetak yang Anda beri di lembar ${sheets} tetap (kertas, orientasi, skala, margin, nomor halaman ` +
    "pertama); area cetak, judul cetak dan pemisah halaman disusun ulang untuk isi yang baru.",
  keptLine: (kept: string, written: string) =>
    `"${kept}" Anda sunting, jadi dibiarkan apa adanya; versi barunya ditulis ke "${written}". Rumus dan nama Anda ` +
    `yang merujuk ke "${kept}" tetap membaca isinya yang lama.`,
  keptOtherSubjectLine: (kept: string, written: string, was: string, now: string) =>
    `"${kept}" Anda sunting, jadi dibiarkan apa adanya (sasaran "${was}"); tabel itu kini memuat sasaran "${now}" dan ditulis ke "${written}".`,
  staleLine: (name: string, current: string) =>
    `"${name}" berisi versi lama tabel yang kini ditulis ke "${current}", dan tidak diperbarui lagi; hapus bila tidak diperlukan.`,
  keptAlone: (kept: string) => `"${kept}" Anda sunting dan tidak dibuat lagi, jadi dibiarkan apa adanya.`,
  referencedLine: (name: string, by: string) =>
    `"${name}" tidak dibuat lagi, tetapi ${by} merujuknya, jadi dibiarkan apa adanya (isinya dari generate sebelumnya); hapus setelah rujukan itu diganti.`,
  besideTheirs: (taken: string, written: string) =>
    `Lembar "${taken}" tidak bertanda lkjip (lembar Anda, atau tandanya hilang saat disimpan aplikasi lain), jadi dibiarkan apa adanya; tabelnya ditulis ke "${written}".`,
  replaceKept: (name: string) => `Ganti "${name}" dengan versi baru`,
  replaceKeptHint: "Isian Anda di lembar itu akan diganti.",
  removedLine: (names: string) => `Dihapus karena tidak dibuat lagi dan tidak Anda sunting: ${names}.`,
  nothingWritten: "Tidak ada lembar yang ditulis.",
  openSheet: (name: string) => `Buka lembar "${name}"`,
  openSheetButton: "Buka lembar",
  dataPendukungTitle: "Isi Data Pendukung",
  dataPendukungBody: (sheet: string) =>
    `Lembar "${sheet}" dibuat. Isi polaritas, target dan realisasi tahun lalu, target akhir Renstra dan analisisnya, lalu buat tabel LKjIP lagi.`,
  dataPendukungWebBody: (sheet: string) =>
    `Lembar "${sheet}" dibuat di berkas hasil. Unduh hasil, isi lembar itu di Excel atau LibreOffice Calc (polaritas, target dan realisasi tahun lalu, target akhir Renstra, analisis) lalu simpan. Kemudian buka berkas yang sudah diisi di halaman ini lagi dan buat tabel LKjIP sekali lagi.`,
  downloadNext: "Unduh hasil dengan tombol Unduh hasil di atas.",
  checkingAgain: "Memeriksa ulang dengan kolom yang dikoreksi…",
  figuresLoading: "Memuat angka baris…",
};

export type Messages = typeof id;
