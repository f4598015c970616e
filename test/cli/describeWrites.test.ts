import { describeWrites } from "../../src/cli/commands/generate";
import { WriteReport } from "../../src/core/ports/workbookPort";

describe("what generate says about the sheets it wrote", () => {
  const report = (sheets: WriteReport["sheets"], kept: string[] = []): WriteReport => ({
    sheets,
    kept,
    removed: [],
    migrated: [],
  });

  it("names a sheet without our mark that kept its name, and where the table went", () => {
    const lines = describeWrites(
      report([
        { spec: "LKjIP Bab II", kind: "lkjip-table", name: "LKjIP Bab II (2)", status: "new" },
        { spec: "Hasil Pemeriksaan", kind: "hasil-pemeriksaan", name: "Hasil Pemeriksaan", status: "updated" },
      ]),
    );
    expect(lines).toEqual([
      "Lembar baru (1): LKjIP Bab II (2)",
      "Lembar hasil sebelumnya yang diperbarui (1): Hasil Pemeriksaan",
      "Isi dan format lembar yang diperbarui ditulis ulang: format yang hanya Anda ubah di sana (warna huruf atau " +
        "isian, huruf tebal, lebar kolom, tinggi baris, format angka, teks terbungkus) tidak disimpan. Rapikan format " +
        "setelah generate terakhir, atau salin lembarnya lebih dulu.",
      'Lembar "LKjIP Bab II" tidak bertanda lkjip (lembar Anda, atau tandanya hilang saat disimpan aplikasi lain), jadi dibiarkan apa adanya; tabelnya ditulis ke "LKjIP Bab II (2)".',
    ]);
  });

  it("an edited sheet kept beside its new version is told once, as edited", () => {
    const lines = describeWrites(
      report(
        [{ spec: "LKjIP SS I", kind: "lkjip-table", name: "LKjIP SS I (2)", status: "new", keptEdited: "LKjIP SS I" }],
        ["LKjIP SS I"],
      ),
    );
    expect(lines.filter((l) => l.includes("tidak bertanda"))).toEqual([]);
    expect(lines.some((l) => l.startsWith('Lembar hasil yang sudah Anda ubah tidak ditimpa: "LKjIP SS I"'))).toBe(true);
    // What of the officer's reads the kept sheet keeps reading it: said, so that no one takes its figures for new ones.
    expect(
      lines.some((l) => l.includes("Rumus dan nama Anda yang merujuk ke lembar itu tetap membaca isinya yang lama")),
    ).toBe(true);
  });

  it("names the updated sheets whose print settings of the officer's were kept", () => {
    const lines = describeWrites(
      report(
        [
          {
            spec: "LKjIP Realisasi Anggaran",
            kind: "lkjip-table",
            name: "LKjIP Realisasi Anggaran",
            status: "updated",
            keptPrint: true,
          },
          { spec: "LKjIP SS I", kind: "lkjip-table", name: "LKjIP SS I", status: "updated" },
        ],
        [],
      ),
    );
    expect(lines).toContain(
      'Pengaturan cetak yang Anda beri di lembar "LKjIP Realisasi Anggaran" tetap (kertas, orientasi, skala, margin, ' +
        "header, nomor halaman pertama); area cetak, judul cetak dan pemisah halaman disusun ulang untuk isi yang baru.",
    );
  });

  it("a kept sheet no table is written to any more is left as it is, without the --replace-edited hint", () => {
    const lines = describeWrites(report([], ["LKjIP SS IV"]));
    expect(lines).toContain(
      'Lembar hasil yang sudah Anda ubah dan tidak dibuat lagi dibiarkan apa adanya: "LKjIP SS IV" (isinya dari ' +
        "generate sebelumnya); hapus bila tidak diperlukan.",
    );
    expect(lines.filter((l) => l.includes("--replace-edited"))).toEqual([]);
  });

  it("a kept sheet about another sasaran than its table now is: both sasaran are named, not 'its new version'", () => {
    const keptSubject = { was: "Meningkatnya kualitas gizi", now: "Meningkatnya penempatan tenaga kerja" };
    const lines = describeWrites(
      report(
        [
          {
            spec: "LKjIP SS II",
            kind: "lkjip-table",
            name: "LKjIP SS II (2)",
            status: "updated",
            keptEdited: "LKjIP SS II",
            keptSubject,
          },
        ],
        ["LKjIP SS II"],
      ),
    );
    expect(lines).toContain(
      '"LKjIP SS II" memuat sasaran "Meningkatnya kualitas gizi"; tabel itu kini memuat sasaran ' +
        '"Meningkatnya penempatan tenaga kerja" dan ditulis ke "LKjIP SS II (2)", jadi "LKjIP SS II" bukan versi lama ' +
        '"LKjIP SS II (2)".',
    );
  });

  it("with --replace-edited, names the sheets whose typed text was replaced", () => {
    const lines = describeWrites(
      report([
        { spec: "LKjIP SS I", kind: "lkjip-table", name: "LKjIP SS I", status: "updated", replacedEdited: true },
        { spec: "LKjIP SS II", kind: "lkjip-table", name: "LKjIP SS II", status: "updated" },
      ]),
    );
    expect(lines).toContain(
      'Lembar hasil yang sudah Anda ubah diganti (--replace-edited): "LKjIP SS I"; yang Anda ketik di sana tidak disimpan.',
    );
  });

  it("names a sheet left with an older version of a table written elsewhere", () => {
    const lines = describeWrites({
      ...report([{ spec: "LKjIP SS I", kind: "lkjip-table", name: "LKjIP SS I", status: "updated" }]),
      stale: [{ name: "LKjIP SS I (2)", current: "LKjIP SS I" }],
    });
    expect(lines).toContain(
      'Lembar "LKjIP SS I (2)" berisi versi lama tabel yang kini ditulis ke "LKjIP SS I", dan tidak diperbarui lagi; hapus bila tidak diperlukan.',
    );
  });

  it("Data Pendukung: says only empty cells were filled, never that the officer's entries changed", () => {
    const lines = describeWrites(
      report([{ spec: "Data Pendukung", kind: "data-pendukung", name: "Data Pendukung", status: "appended" }]),
    );
    expect(lines).toEqual([
      'Lembar "Data Pendukung": ditambahkan hanya di sel yang kosong (baris indikator/program baru, catatan di samping baris Anda); isian Anda tidak diubah.',
    ]);
  });
});
