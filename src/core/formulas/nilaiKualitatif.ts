/*
 * Indikator whose target and realisasi are words on an ordered scale rather than numbers: the predikat SAKIP or
 * Reformasi Birokrasi (`AA` … `D`, PermenPAN-RB 88/2021), the opini BPK on the financial statements (`WTP`, `WDP`,
 * `TW`, `TMP`), a kategori (`Sangat Baik` … `Sangat Kurang`, as IKM mutu and many indeks say it), a tingkat
 * (`Sangat Tinggi` … `Sangat Rendah`), a zona of the Ombudsman's kepatuhan (`Hijau`, `Kuning`, `Merah`), whether a
 * document or a service exists (`Ada` / `Tidak ada`, `Tersedia`), and in a capaian column `Tercapai` / `Tidak
 * tercapai`. Such a cell is a value, not a number that could not be read; its
 * capaian is whether the realisasi reaches the target on the same scale.
 */

/** The ordered scales a qualitative indikator is measured on. */
export type SkalaKualitatif = "predikat" | "opini" | "kategori" | "tingkat" | "zona" | "ketersediaan" | "ketercapaian";

/** A value on one of the scales. */
export interface NilaiSkala {
  skala: SkalaKualitatif;
  /** Rank on its scale, 1 the lowest. */
  peringkat: number;
  /** The value as the scale names it (`WTP` for `Wajar Tanpa Pengecualian`). */
  nilai: string;
}

/** A value of a scale, best last, each with the ways offices write it (lower case, single spaces). */
const SKALA: Record<SkalaKualitatif, readonly { nilai: string; ditulis: readonly string[] }[]> = {
  predikat: [
    { nilai: "D", ditulis: ["d"] },
    { nilai: "C", ditulis: ["c"] },
    { nilai: "CC", ditulis: ["cc"] },
    { nilai: "B", ditulis: ["b"] },
    { nilai: "BB", ditulis: ["bb"] },
    { nilai: "A", ditulis: ["a"] },
    { nilai: "AA", ditulis: ["aa"] },
  ],
  opini: [
    { nilai: "TMP", ditulis: ["tmp", "tidak menyatakan pendapat", "disclaimer"] },
    { nilai: "TW", ditulis: ["tw", "tidak wajar"] },
    { nilai: "WDP", ditulis: ["wdp", "wajar dengan pengecualian"] },
    { nilai: "WTP", ditulis: ["wtp", "wajar tanpa pengecualian", "wtp-dpp", "wtp dpp"] },
  ],
  kategori: [
    { nilai: "Sangat Kurang", ditulis: ["sangat kurang", "tidak baik", "sangat buruk"] },
    { nilai: "Kurang", ditulis: ["kurang", "kurang baik", "buruk"] },
    { nilai: "Cukup", ditulis: ["cukup", "cukup baik"] },
    { nilai: "Baik", ditulis: ["baik"] },
    { nilai: "Sangat Baik", ditulis: ["sangat baik", "memuaskan", "sangat memuaskan"] },
  ],
  tingkat: [
    { nilai: "Sangat Rendah", ditulis: ["sangat rendah"] },
    { nilai: "Rendah", ditulis: ["rendah"] },
    { nilai: "Sedang", ditulis: ["sedang"] },
    { nilai: "Tinggi", ditulis: ["tinggi"] },
    { nilai: "Sangat Tinggi", ditulis: ["sangat tinggi"] },
  ],
  zona: [
    { nilai: "Merah", ditulis: ["merah", "zona merah"] },
    { nilai: "Kuning", ditulis: ["kuning", "zona kuning"] },
    { nilai: "Hijau", ditulis: ["hijau", "zona hijau"] },
  ],
  ketersediaan: [
    {
      nilai: "Tidak ada",
      ditulis: ["tidak ada", "belum ada", "tidak tersedia", "belum tersedia", "tidak", "belum"],
    },
    { nilai: "Ada", ditulis: ["ada", "tersedia", "ya", "sudah"] },
  ],
  ketercapaian: [
    { nilai: "Tidak tercapai", ditulis: ["tidak tercapai", "belum tercapai"] },
    { nilai: "Tercapai", ditulis: ["tercapai"] },
  ],
};

/** Every written form to its scale and rank (1 = the lowest). */
const BY_WORDS = new Map<string, NilaiSkala>();
for (const skala of Object.keys(SKALA) as SkalaKualitatif[]) {
  SKALA[skala].forEach(({ nilai, ditulis }, i) => {
    for (const w of ditulis) BY_WORDS.set(w, { skala, peringkat: i + 1, nilai });
  });
}

/** Words an office writes before the value (`Predikat BB`, `Opini WTP`, `Nilai A`, `Kategori Baik`). */
const LEAD = /^(predikat|opini(\s+bpk)?|nilai|kategori|mutu|level|tingkat|status)\s*:?\s+/;
/** What an office writes after it: its meaning in brackets (`BB (Sangat Baik)`), or after a dash. */
const TRAIL = /\s*(\(.*\)|[-–—]\s+\D.*)$/;

/** A predikat letter as offices write it: in capitals, perhaps after a lead word. */
const CAPITAL_GRADE = /^(?:[A-Za-z]+\s*:?\s+)?(AA|A|BB|B|CC|C|D)$/;

/**
 * The value a cell's text names on one of the scales, or null when it names none (it is then what it was: text that
 * is not a number). Letters are read as the SAKIP predikat only when written in capitals (`BB`, not `bb`): a lone
 * lower-case letter is more likely a slip than a predikat.
 */
export function nilaiKualitatifOf(text: string): (NilaiSkala & { text: string }) | null {
  const written = text.replace(/\s+/g, " ").trim();
  if (written === "" || written.length > 60) return null;
  const tried = [written, written.replace(TRAIL, "")];
  for (const t of tried) {
    let words = t.toLowerCase();
    const lead = LEAD.exec(words);
    if (lead && BY_WORDS.has(words.slice(lead[0].length))) words = words.slice(lead[0].length);
    const found = BY_WORDS.get(words);
    if (!found) continue;
    if (found.skala === "predikat" && !CAPITAL_GRADE.test(t)) continue;
    return { ...found, text: written };
  }
  return null;
}

/**
 * `belum`, `belum ada`, `belum tersedia`: written where a figure will come later. On the scale of whether something
 * exists it reads `Tidak ada`, right against a target of `Ada`; as a target, or beside a number on the other side,
 * it is no value at all: not filled in yet.
 */
export function belumDiisi(written: { text: string }): boolean {
  return /^\s*(belum|blm)\b/i.test(written.text);
}

/**
 * Whether the realisasi reaches the target: true at or above it on the same scale, false below it, null when the
 * two are on different scales (nothing to compare).
 */
export function tercapaiKualitatif(realisasi: NilaiSkala, target: NilaiSkala): boolean | null {
  if (realisasi.skala !== target.skala) return null;
  return realisasi.peringkat >= target.peringkat;
}
