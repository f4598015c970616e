import { promises as fs } from "node:fs";
import path from "node:path";
import { periodeLabel } from "../../core/model/periode";
import { referrersText, resubjectedText } from "../../core/workbook/referrersText";
import { parseSource, SOURCE_SETTING } from "../../core/workbook/columnSettings";
import { generateLkjip } from "../../core/pipeline";
import { holdsRealisasi } from "../../core/validation/modelAccess";
import { DATA_PENDUKUNG_SHEET } from "../../core/model/dataPendukung";
import { HASIL_PEMERIKSAAN_SHEET } from "../../core/tables/hasilPemeriksaan";
import { SheetModel } from "../../core/model/sheetModel";
import { parseCommandArgs } from "../args";
import { CliError } from "../cliError";
import { formatCounts, formatFindingGroups } from "../format/findings";
import { CliIo } from "../io";
import {
  changedSince,
  chooseOutputPath,
  fileState,
  isSameFile,
  openElsewhere,
  realFile,
  writeFileAtomically,
} from "../outputPath";
import { FORMAT_NAMES, LEFT_OUT } from "../../file/formats/formatNames";
import { USAGE } from "../usage";
import { WriteReport } from "../../core/ports/workbookPort";
import { SubjectChange } from "../../core/workbook/sheetPlan";
import { writtenBeside } from "../../core/workbook/takenNames";
import { openSource, requireModels } from "./openSource";
import { keepPreviousResult } from "../previousResult";
import { otherParts } from "../../core/tables/sourceParts";

/** Lines per severity in the summary; `lkjip validate` lists them all. */
const FINDING_LINES = 30;

/**
 * `lkjip generate <file> [-o OUT] [--sheet NAME] [--lang id|en] [--final]`: a copy of the workbook with the LKjIP
 * sheets added; `--lang` is the language of the Hasil Pemeriksaan sheet, `--final` leaves figures unmarked.
 */
export async function generateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("generate", argv, ["sheet", "output", "replace-edited", "lang", "final"]);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  // Taken before the read: a save of the officer's that lands while the run works is not overwritten (below).
  const readState = await fileState(path.resolve(io.cwd, args.file));
  const source = await openSource(args.file, args.sheet, io, true);
  const { path: inputPath, workbook, grids, columns, dataPendukungSheet, dataPendukungCopies } = source;
  const format = workbook.sourceFormat;
  // An .xlsx named by -o itself is updated in place (README): its own parts are copied as they are.
  const inPlace = args.output !== undefined && (await isSameFile(inputPath, path.resolve(io.cwd, args.output)));
  if (inPlace && format !== "xlsx") {
    throw new CliError(
      `Hasil tidak ditulis di atas ${args.file}: berkas itu berformat ${FORMAT_NAMES[format]}, hasilnya .xlsx. Sebutkan nama lain untuk -o, atau jalankan tanpa -o.`,
    );
  }
  let output = await chooseOutputPath(inputPath, args.output, io.cwd);
  // Another file named by -o, open in Excel or LibreOffice: a save from that window would write over the result
  // (cli42 D1; the input open there goes beside it, below).
  const targetLock = output.replaced && !inPlace ? await openElsewhere(output.path) : null;
  if (targetLock !== null) {
    throw new CliError(
      `Hasil tidak ditulis ke ${output.path}: berkas itu sedang dibuka di Excel atau LibreOffice (ada berkas kunci ` +
        `${targetLock} di sampingnya), dan simpanan dari jendela itu akan menimpa hasilnya. Tutup berkas itu, atau ` +
        "sebutkan nama lain untuk -o.",
    );
  }
  // A link to the input (`-o` a symbolic link) is updated where the file is, so the link stays a link.
  if (inPlace) output = { ...output, path: await realFile(inputPath) };
  io.progress("Memeriksa…");
  const build = (sheet: string | undefined) =>
    generateLkjip(grids, {
      sheet,
      columns,
      dataPendukungSheet,
      dataPendukungCopies,
      hiddenSheets: workbook.hiddenSheetNames(),
      lang: args.lang,
      lkjip: { final: args.final },
    });
  let result = build(args.sheet);
  // The source the officer chose in the pane when the tables were last built, while no later sheet has come since:
  // the CLI builds from it too, and says so.
  const saved = args.sheet === undefined ? parseSource(await workbook.readSetting(SOURCE_SETTING)) : null;
  const latest = result.source?.sheet;
  const chosenInPane =
    saved !== null &&
    saved.latest === latest &&
    saved.sheet !== latest &&
    result.analysis.models.some((m) => m.sheet === saved.sheet)
      ? saved.sheet
      : undefined;
  if (chosenInPane !== undefined) result = build(chosenInPane);
  if (result.source === null) {
    requireModels(result.analysis, args.file);
    throw new CliError(`Tidak ada tabel Pengukuran Kinerja atau Evaluasi Renja di ${args.file}.`);
  }
  const findings = [...result.analysis.findings, ...result.dataPendukungFindings, ...result.tableFindings];

  io.progress("Menulis…");
  const report = await workbook.writeSheets(result.specs, { replaceEdited: args.replaceEdited });
  const bytes = new Uint8Array(await workbook.toBuffer());
  // Saved by the officer (Excel, LibreOffice) since it was read: their save stays, the result goes beside it.
  const savedMeanwhile = inPlace && (await changedSince(output.path, readState));
  // Open in Excel or LibreOffice: a save from that window would write over the tables, so they go beside it.
  const openLock = inPlace && !savedMeanwhile ? await openElsewhere(output.path) : null;
  if (savedMeanwhile || openLock !== null) output = await chooseOutputPath(inputPath, undefined, io.cwd);
  const kept = output.replaced && !inPlace ? await keepPreviousResult(output.path, bytes) : null;
  try {
    await writeFileAtomically(output.path, bytes);
  } catch (e) {
    // The file stays as it was: the copy made of it for this write is not wanted (cli42 D3: stray copies).
    if (kept !== null) await fs.rm(kept.path, { force: true }).catch(() => undefined);
    throw e;
  }

  io.out(`Pemeriksaan: ${formatCounts(findings)}`);
  const findingLines = formatFindingGroups(findings, ["error", "warning"], FINDING_LINES);
  for (const line of findingLines) io.out(line);
  if (findingLines.some((l) => l.startsWith("  … dan "))) {
    const hasil = report.sheets.find((s) => s.spec === HASIL_PEMERIKSAAN_SHEET)?.name ?? HASIL_PEMERIKSAAN_SHEET;
    io.out(`Daftar lengkap: lembar ${hasil}, atau lkjip validate ${args.file}`);
  }
  if (chosenInPane !== undefined)
    io.out(
      `Sumber tabel LKjIP: lembar "${chosenInPane}", dipilih di panel saat tabel terakhir dibuat (tersimpan di buku ` +
        `kerja); yang terbaru adalah "${latest}": pilih dengan --sheet untuk memakainya.`,
    );
  else
    io.out(`Sumber tabel LKjIP: ${describeSource(result.source, result.analysis.models, workbook.hiddenSheetNames())}`);
  if (result.source.tahun === null) {
    io.out(
      `Tahun laporan tidak disebut di judul lembar "${result.source.sheet}" maupun di nama lembarnya: tabel LKjIP ` +
        'menulis "n" di tempat tahunnya. Tulis tahunnya di judul (mis. "TAHUN 2023"), lalu jalankan generate lagi.',
    );
  }
  const uncalculated = result.analysis.findings.find(
    (f) => f.sheet === result.source.sheet && f.messageKey.startsWith("unreadable-value.not-calculated"),
  );
  // Figures of those cells are unknown: the tables leave them empty, and a total over them is not the year's.
  if (uncalculated) {
    io.out(
      `Tabel LKjIP belum lengkap: rumus di lembar "${result.source.sheet}" disimpan tanpa hasil hitungannya (mulai ${uncalculated.cell}), ` +
        "sehingga angkanya dan jumlah yang memuatnya kosong atau belum benar. Buka berkasnya di Excel atau LibreOffice, simpan, lalu jalankan generate lagi.",
    );
  }
  for (const line of describeWrites(report)) io.out(line);
  if (result.dataPendukungCreated) {
    const created = report.sheets.find((s) => s.spec === DATA_PENDUKUNG_SHEET)?.name ?? DATA_PENDUKUNG_SHEET;
    // The officer fills it in the result, so the next run reads the result (cli42 D2: generate on the source again
    // wrote a `(2)` with an empty Data Pendukung, and asked for it again).
    io.out(
      `Lembar "${created}" dibuat di ${output.path}: isi polaritas, realisasi tahun lalu, target akhir Renstra dan ` +
        `analisis di sana, simpan, lalu jalankan generate pada berkas itu: lkjip generate "${output.path}" -o "${output.path}".`,
    );
  }
  const errors = findings.filter((f) => f.severity === "error" && f.sheet === result.source.sheet).length;
  if (args.final && errors > 0) {
    io.out(
      `Laporan akhir (--final) dibuat, tetapi lembar "${result.source.sheet}" masih memuat ${errors} kesalahan: angka ` +
        "dari baris itu tercetak tanpa tanda *. Perbaiki dulu (lihat Hasil Pemeriksaan), lalu jalankan generate --final lagi.",
    );
  }
  if (!args.final && result.specs.some((s) => s.cells.some((c) => c.cell.note !== undefined))) {
    io.out("Angka dari baris dengan temuan bertanda * (draf). Untuk laporan akhir tanpa tanda: generate --final.");
  }
  if (output.numbered)
    io.out(
      `Berkas ${output.taken} sudah ada dan tidak ditimpa; hasil disimpan dengan nama baru. Bila berkas itu hasil ` +
        "generate sebelumnya dan Anda sudah mengisi Data Pendukung atau mengetik di lembar LKjIP-nya, jalankan generate " +
        `pada berkas itu agar isian Anda dipakai: lkjip generate "${output.taken}" -o "${output.taken}".`,
    );
  if (savedMeanwhile)
    io.out(
      `Buku kerja ${args.file} disimpan lagi selama generate berjalan, jadi tidak ditimpa: simpanan Anda tetap, ` +
        `hasil ditulis ke ${output.path}. Jalankan generate lagi bila tabelnya harus memuat simpanan itu.`,
    );
  else if (openLock !== null)
    io.out(
      `Buku kerja ${args.file} sedang dibuka di Excel atau LibreOffice (ada berkas kunci ${openLock} di sampingnya), ` +
        `jadi tidak ditimpa: hasil ditulis ke ${output.path}, agar simpanan dari jendela yang terbuka itu tidak ` +
        "menimpa tabel LKjIP. Tutup buku kerjanya, lalu buka hasilnya.",
    );
  else if (inPlace)
    io.out(
      `Buku kerja ${args.file} diperbarui: lembar Anda tetap, lembar LKjIP ditambahkan atau diperbarui di dalamnya.`,
    );
  else if (output.replaced) io.out(`Berkas ${output.path} yang sudah ada ditimpa dengan hasil ini (-o).`);
  if (output.newFolder !== undefined) io.out(`Folder ${output.newFolder} belum ada, jadi dibuat untuk hasil ini (-o).`);
  if (kept?.earlierResult) {
    io.out(
      `Berkas itu hasil generate sebelumnya: salinannya disimpan dulu sebagai ${kept.path} (bila Anda sudah mengisi ` +
        `Data Pendukung atau mengetik di lembar LKjIP-nya, isian itu ada di sana). Agar isian Anda tetap dipakai, ` +
        `jalankan generate pada berkas hasil itu sendiri: lkjip generate "${output.path}" -o "${output.path}".`,
    );
  } else if (kept !== null) {
    io.out(`Isi lama berkas itu disimpan dulu sebagai ${kept.path}; hapus salinan itu bila memang tidak diperlukan.`);
  }
  if (workbook.macrosLeftOut) io.out(MACROS_LEFT_OUT(args.file));
  if (format !== "xlsx") {
    io.out(`Berkas ${FORMAT_NAMES[format]} dibaca; hasil disimpan sebagai .xlsx baru: ${output.path}`);
    io.out(
      `Tidak ikut ke .xlsx itu: ${LEFT_OUT[format]}. Berkas aslinya tidak diubah; agar semuanya tetap, simpan dulu ` +
        "berkas itu sebagai .xlsx di Excel atau LibreOffice, lalu jalankan lagi.",
    );
  } else io.out(`Hasil: ${output.path}`);
  return 0;
}

/**
 * `lembar "TW IV 2022" (Evaluasi Renja, s/d Triwulan IV tahun 2022)`, whether that sheet is hidden, the other sheets
 * of the same period (one of them may be the one the officer meant), and a note when others could be chosen.
 */
function describeSource(m: SheetModel, models: readonly SheetModel[], hiddenSheets: readonly string[]): string {
  const bentuk = m.layout === "evaluasi-renja" ? "Evaluasi Renja" : "Pengukuran Kinerja";
  const semester = m.layout === "evaluasi-renja" && m.semester === true;
  const periode = m.triwulan ? `s/d ${periodeLabel(m.triwulan, semester)}` : "triwulan tidak disebut";
  const tahun = m.tahun ? ` tahun ${m.tahun}` : "";
  const note = m.triwulan !== null && m.triwulan < 4 ? " (belum Triwulan IV: angka belum akhir tahun)" : "";
  // The officer may not know the sheet is there: an old or example sheet hidden in the workbook.
  const hidden = hiddenSheets.includes(m.sheet)
    ? "; lembar ini tersembunyi di buku kerja (Unhide untuk melihatnya)"
    : "";
  const quoted = (list: readonly SheetModel[]) => list.map((o) => `"${o.sheet}"`).join(", ");
  // Parts of the report on other sheets (one per bidang) are said by their own finding, not as copies to choose from.
  const parts = otherParts(m, models);
  const samePeriod = models.filter(
    (o) => o !== m && o.layout === m.layout && o.tahun === m.tahun && o.triwulan === m.triwulan && !parts.includes(o),
  );
  const twins =
    samePeriod.length > 0
      ? `; periode yang sama juga ada di lembar ${quoted(samePeriod)}: periksa bahwa yang dipakai adalah yang terbaru (pilih dengan --sheet)`
      : "";
  const later = (o: SheetModel) =>
    (o.tahun ?? 0) > (m.tahun ?? 0) || (o.tahun === m.tahun && (o.triwulan ?? 0) > (m.triwulan ?? 0));
  // A later sheet set up ahead and not filled in yet: the officer should know why it was not taken.
  const empty = models.filter((o) => !holdsRealisasi(o) && later(o));
  const unfilled =
    empty.length > 0 ? `; lembar ${quoted(empty)} belum berisi realisasi apa pun, jadi tidak dipakai` : "";
  const laterHidden = models.filter((o) => hiddenSheets.includes(o.sheet) && holdsRealisasi(o) && later(o));
  const passedOver =
    laterHidden.length > 0
      ? `; lembar tersembunyi ${quoted(laterHidden)} memuat periode yang lebih baru, tetapi tidak dipakai karena ` +
        "tersembunyi (tampilkan lembarnya dengan Unhide, atau pilih dengan --sheet)"
      : "";
  const others = models.filter(
    (o) => o !== m && !samePeriod.includes(o) && !parts.includes(o) && !laterHidden.includes(o),
  );
  // A hidden sheet offered as a choice says so: the officer may not know it is there (pk32 F5).
  const offered = others.map((o) => `"${o.sheet}"${hiddenSheets.includes(o.sheet) ? " (tersembunyi)" : ""}`).join(", ");
  const choose = others.length > 0 ? `; lembar lain (${offered}) dapat dipilih dengan --sheet` : "";
  return `lembar "${m.sheet}" (${bentuk}, ${periode}${tahun})${note}${hidden}${twins}${unfilled}${passedOver}${choose}`;
}

const MACROS_LEFT_OUT = (file: string) =>
  `Makro di ${file} tidak ikut ke hasil: buku kerja .xlsx tidak dapat memuat makro. Berkas aslinya tetap utuh dengan makronya.`;

const UPDATED_FORMATS =
  "Isi dan format lembar yang diperbarui ditulis ulang: format yang hanya Anda ubah di sana (warna huruf atau isian, " +
  "huruf tebal, lebar kolom, tinggi baris, format angka, teks terbungkus) tidak disimpan. Rapikan format setelah " +
  "generate terakhir, atau salin lembarnya lebih dulu.";

const KEPT_PRINT = (sheets: string[]) =>
  `Pengaturan cetak yang Anda beri di lembar ${sheets.map((s) => `"${s}"`).join(", ")} tetap (kertas, orientasi, ` +
  "skala, margin, header, nomor halaman pertama); area cetak, judul cetak dan pemisah halaman disusun ulang untuk " +
  "isi yang baru.";

/** What happened to the sheets, one line per kind of change. The user's own sheets are never among them. */
export function describeWrites(report: WriteReport): string[] {
  const lines: string[] = [];
  const named = (status: string) => report.sheets.filter((s) => s.status === status && s.name).map((s) => s.name);
  const added = named("new");
  const updated = named("updated");
  if (added.length > 0) lines.push(`Lembar baru (${added.length}): ${added.join(", ")}`);
  if (updated.length > 0) {
    lines.push(`Lembar hasil sebelumnya yang diperbarui (${updated.length}): ${updated.join(", ")}`);
    // Only what was written and typed tells an edited sheet (fingerprint.ts): a change of format alone does not.
    lines.push(UPDATED_FORMATS);
    const keptPrint = report.sheets.filter((s) => s.keptPrint && s.name).map((s) => s.name as string);
    if (keptPrint.length > 0) lines.push(KEPT_PRINT(keptPrint));
  }
  for (const s of report.sheets) {
    if (s.status === "appended")
      lines.push(
        `Lembar "${s.name}": ditambahkan hanya di sel yang kosong (baris indikator/program baru, catatan di samping baris Anda); isian Anda tidak diubah.`,
      );
  }
  const replaced = report.sheets.filter((s) => s.replacedEdited && s.name !== null).map((s) => `"${s.name}"`);
  if (replaced.length > 0) {
    lines.push(
      `Lembar hasil yang sudah Anda ubah diganti (--replace-edited): ${replaced.join(", ")}; yang Anda ketik di sana tidak disimpan.`,
    );
  }
  if (report.kept.length > 0) {
    const newer = report.sheets.filter((s) => s.keptEdited !== undefined && s.name !== null);
    const withNewVersion = report.kept.filter((k) => newer.some((s) => s.keptEdited === k));
    const alone = report.kept.filter((k) => !withNewVersion.includes(k));
    if (withNewVersion.length > 0) {
      const where = `; versi barunya ditulis ke ${newer.map((s) => `"${s.name}"`).join(", ")}`;
      lines.push(
        `Lembar hasil yang sudah Anda ubah tidak ditimpa: ${quotedList(withNewVersion)}${where}. ` +
          // A formula or a name of theirs over the kept sheet reads its old figures, as it did (keep29 D4).
          "Rumus dan nama Anda yang merujuk ke lembar itu tetap membaca isinya yang lama, bukan versi barunya. " +
          "Jalankan dengan --replace-edited untuk menggantinya.",
      );
    }
    // No table is written to them any more: edited, or holding a chart, a picture or a comment of the officer's.
    if (alone.length > 0)
      lines.push(
        `Lembar hasil yang sudah Anda ubah dan tidak dibuat lagi dibiarkan apa adanya: ${quotedList(alone)} ` +
          "(isinya dari generate sebelumnya); hapus bila tidak diperlukan.",
      );
    for (const s of newer)
      if (s.keptSubject) lines.push(keptSubjectText(s.keptEdited as string, s.name as string, s.keptSubject));
  }
  for (const r of report.referenced ?? []) {
    lines.push(
      `Lembar "${r.name}" tidak dibuat lagi, tetapi ${referrersText(r)} merujuknya, jadi dibiarkan apa adanya ` +
        "(isinya dari generate sebelumnya); hapus setelah rujukan itu diganti.",
    );
  }
  for (const r of report.resubjected ?? []) lines.push(resubjectedText(r));
  for (const s of report.stale ?? []) {
    lines.push(
      `Lembar "${s.name}" berisi versi lama tabel yang kini ditulis ke "${s.current}", dan tidak diperbarui lagi; ` +
        "hapus bila tidak diperlukan.",
    );
  }
  for (const b of writtenBeside(report)) {
    lines.push(
      `Lembar "${b.taken}" tidak bertanda lkjip (lembar Anda, atau tandanya hilang saat disimpan aplikasi lain), jadi dibiarkan apa adanya; tabelnya ditulis ke "${b.written}".`,
    );
  }
  if (report.removed.length > 0)
    lines.push(`Lembar hasil lama yang tidak dibuat lagi, dihapus: ${report.removed.join(", ")}`);
  if (report.migrated.length > 0)
    lines.push(`Lembar hasil versi lama yang kini ditandai: ${report.migrated.join(", ")}`);
  return lines;
}

/** A kept sheet about another sasaran than the table written beside it now: "its new version" would mislead. */
function keptSubjectText(kept: string, written: string, subject: SubjectChange): string {
  return (
    `"${kept}" memuat sasaran "${subject.was}"; tabel itu kini memuat sasaran "${subject.now}" dan ditulis ke ` +
    `"${written}", jadi "${kept}" bukan versi lama "${written}".`
  );
}

function quotedList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
