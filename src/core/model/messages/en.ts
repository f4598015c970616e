import { Catalog } from "./catalog";

/** English. Domain terms without a plain English twin (pagu, Renstra, polaritas values) stay as they are. */
export const en: Catalog = {
  lang: "en",
  messages: {
    "kas-vs-pagu": "Pagu at {cell} ({pagu}) differs from the total cash plan Q1–Q4 ({kas}); difference {selisih}.",
    "kas-vs-pagu.kolom":
      "Pagu at {cell} ({pagu}) differs from the total cash plan Q1–Q4 ({kas}); difference {selisih}. Likely a typing " +
      "slip at {kasCell}: only in that column does the parent row ({indukCell}) differ from the sum of the rows under " +
      "it, by the same amount.",
    "kas-vs-pagu.kas-empty":
      "The cash plan Q1–Q4 for the pagu at {cell} ({pagu}) has not been filled in: all four of its cells are empty.",
    "kas-vs-pagu.some-empty":
      "Pagu at {cell} ({pagu}) differs from the total cash plan Q1–Q4 ({kas}); difference {selisih}. " +
      "The cash plan cells {kosong} are empty.",
    "kas-vs-pagu.kumulatif":
      "Pagu at {cell} ({pagu}) differs from the cash plan up to Q4 at {kasCell} ({kas}); difference {selisih}.",
    "kas-vs-pagu.kumulatif-empty":
      "The cash plan up to Q4 for the pagu at {cell} ({pagu}) has not been filled in: cell {kasCell} is empty.",
    "pagu-vs-children":
      "Pagu of the {tingkat} at {cell} ({pagu}) differs from the total pagu of the {tingkatAnak} rows under it " +
      "({jumlah}); difference {selisih}.",
    "pagu-vs-children.parent-empty":
      "Pagu of the {tingkat} at {cell} is empty, while the pagu of the {tingkatAnak} rows under it total {jumlah}.",
    "kas-vs-children":
      "Cash plan {triwulan} of the {tingkat} at {cell} ({kas}) differs from the total cash plan {triwulan} of the " +
      "{tingkatAnak} rows under it ({jumlah}); difference {selisih}.",
    "kas-vs-children.parent-empty":
      "Cash plan {triwulan} of the {tingkat} at {cell} is empty, while the cash plan {triwulan} of the " +
      "{tingkatAnak} rows under it totals {jumlah}.",
    "realisasi-vs-children":
      "Realisation of the {tingkat} at {cell} ({realisasi}) differs from the total realisation of the " +
      "{tingkatAnak} rows under it ({jumlah}); difference {selisih}.",
    "realisasi-vs-children.parent-empty":
      "Realisation of the {tingkat} at {cell} is empty, while the realisation of the {tingkatAnak} rows under it " +
      "totals {jumlah}.",
    "realisasi-vs-children.triwulan":
      "Realisation {triwulan} of the {tingkat} at {cell} ({realisasi}) differs from the total realisation " +
      "{triwulan} of the {tingkatAnak} rows under it ({jumlah}); difference {selisih}.",
    "realisasi-vs-children.triwulan-parent-empty":
      "Realisation {triwulan} of the {tingkat} at {cell} is empty, while the realisation {triwulan} of the " +
      "{tingkatAnak} rows under it totals {jumlah}.",
    "realisasi-vs-children.triwulan-kumulatif":
      "Realisation up to {triwulan} of the {tingkat} at {cell} ({realisasi}) differs from the total realisation up " +
      "to {triwulan} of the {tingkatAnak} rows under it ({jumlah}); difference {selisih}.",
    "realisasi-vs-children.triwulan-kumulatif-parent-empty":
      "Realisation up to {triwulan} of the {tingkat} at {cell} is empty, while the realisation up to {triwulan} of " +
      "the {tingkatAnak} rows under it totals {jumlah}.",
    "realisasi-total-mismatch":
      "The year's realisation at {cell} ({tertulis}) differs from the total of its quarters ({rumus} = {hitung}); " +
      "difference {selisih}.",
    "realisasi-total-mismatch.kolom":
      "The year's realisation at {cell} ({tertulis}) differs from the total of its quarters ({rumus} = {hitung}); " +
      "difference {selisih}. Likely a typing slip at {triwulanCell}: only in that quarter does the parent row " +
      "({indukCell}) differ from the sum of the rows under it, by the same amount.",
    "realisasi-total-mismatch.kumulatif":
      "The year's realisation at {cell} ({tertulis}) differs from the realisation up to {triwulan} at {rumus} " +
      "({hitung}); this sheet's quarter columns are already cumulative, so the two should be equal. Difference {selisih}.",
    "realisasi-total-mismatch.bulanan":
      "The year's realisation in {cell} ({tertulis}) is not the sum of its months ({rumus} = {hitung}); " +
      "difference {selisih}.",
    "realisasi-total-mismatch.kinerja":
      "The year's performance realisation at {cell} ({tertulis}) for {nama} differs from the total of its " +
      "quarters ({rumus} = {hitung}).",
    "renstra-total-mismatch":
      "Renstra realisation up to this year at {cell} ({tertulis}) differs from the realisation up to last year " +
      "plus this year's ({rumus} = {hitung}); difference {selisih}.",
    "renstra-total-mismatch.kinerja":
      "Renstra performance realisation up to this year at {cell} ({tertulis}) for {nama} differs from the " +
      "realisation up to last year plus this year's ({rumus} = {hitung}).",
    "tingkat-capaian-mismatch":
      "Renstra achievement level at {cell} ({tertulis}) does not match the recomputed {rumus} = {hitung}.",
    "tingkat-capaian-mismatch.renja":
      "Achievement level of this year's Renja at {cell} ({tertulis}) does not match the recomputed {rumus} = {hitung}.",
    "realisasi-negative":
      "Realisation {triwulan} at {cell} is negative ({realisasi}); check whether it is a refund that should be " +
      "recorded apart.",
    "realisasi-negative.total":
      "Budget realisation at {cell} is negative ({realisasi}); check whether it is a refund (correction) that " +
      "should be recorded apart.",
    "formula-range.left-out":
      "Formula {rumus} at {cell} leaves out row(s) {dilewati}, though they are {tingkatAnak} rows under it.",
    "formula-range.left-out.value":
      "Formula {rumus} at {cell} leaves out row(s) {dilewati}, though they are {tingkatAnak} rows under it: it " +
      "gives {nilai} where it should give {jumlah}.",
    "formula-range.counted-twice":
      "Formula {rumus} at {cell} also counts row(s) {ganda}, which are not {tingkatAnak} rows directly under it " +
      "or are counted already: those figures are counted twice.",
    "formula-range.counted-twice.value":
      "Formula {rumus} at {cell} also counts row(s) {ganda}, which are not {tingkatAnak} rows directly under it " +
      "or are counted already: it gives {nilai} where it should give {jumlah}.",
    "formula-range.both":
      "Formula {rumus} at {cell} leaves out row(s) {dilewati} ({tingkatAnak} rows under it) and counts row(s) " +
      "{ganda}, which are not its direct items.",
    "formula-range.both.value":
      "Formula {rumus} at {cell} leaves out row(s) {dilewati} ({tingkatAnak} rows under it) and counts row(s) " +
      "{ganda}, which are not its direct items: it gives {nilai} where it should give {jumlah}.",
    "outside-totals":
      "Rows {dari}–{sampai} (from {cell}) lie below the total row at {total} and are not part of that total; " +
      "check whether they were pasted or copied there.",
    "kode-mismatch":
      "The code of the {tingkat} at {cell} ({kode}) is not under the code of the {tingkatInduk} above it " +
      "({kodeInduk}, {cellInduk}): the row may be misplaced, and that {tingkatInduk}'s sums take it in.",
    "total-row-mismatch.pagu":
      "The pagu on the total row at {cell} ({total}) differs from the sum of the {tingkat} pagu it totals " +
      "({jumlah}); difference {selisih}.",
    "total-row-mismatch.triwulan":
      "The {triwulan} realisation on the total row at {cell} ({total}) differs from the sum of the {triwulan} " +
      "{tingkat} realisation it totals ({jumlah}); difference {selisih}.",
    "total-row-mismatch.realisasi":
      "The realisation on the total row at {cell} ({total}) differs from the sum of the {tingkat} realisation " +
      "it totals ({jumlah}); difference {selisih}.",
    "ambiguous-separator.ribuan":
      "Cell {cell} and others of its column hold numbers such as {contoh} that read either as thousands or as " +
      "decimals; the dot or comma was read as a thousands separator. If decimals are meant, write them with a comma " +
      "or type them as numbers.",
    "ambiguous-separator.desimal":
      "Cell {cell} and others of its column hold numbers such as {contoh} that read either as thousands or as " +
      "decimals; the dot or comma was read as a decimal point. If thousands are meant, type them as numbers.",
    "number-stored-as-text":
      "Cell {cell} holds a number stored as text ({teks}): the formula in {rumus} passes over it, so its result " +
      "leaves this number out. Type {cell} again as a number; the figures of that formula are not checked until then.",
    "number-stored-as-text.many":
      "Cell {cell} holds a number stored as text ({teks}): the formula in {rumus} and {lain} other formulas pass " +
      "over it, so their results leave this number out. Type {cell} again as a number; the figures of those formulas " +
      "are not checked until then.",
    "stacked-tables.unit":
      "Below this sheet's table (rows {baris}–{sampai}) is another unit's table: {lainnya}. It is not checked and " +
      "not in the LKjIP tables; move it to a sheet of its own to check it or build its LKjIP, or merge it into the " +
      "table above if they are one report.",
    "stacked-tables.sheets":
      "The same period is also filled in on sheet {lainnya}, with {program} other programs (seemingly another part of this " +
      'report, e.g. per bidang). The LKjIP tables are built from sheet "{sumber}" alone: the programs of those ' +
      "sheets are not in them, and the figures per sasaran, the budget shares and BELANJA DAERAH hold the source " +
      "sheet's programs only. For the LKjIP of the whole office, put every program in one sheet (a recap sheet) " +
      "and run again.",
    "stacked-tables":
      "This sheet holds {jumlah} tables of different periods, one below the other; only the latest, {periode} " +
      "(from row {baris}), is read. The others ({lainnya}; first rows in brackets) are not checked: keep each " +
      "quarter on its own sheet to have them all checked.",
    "triwulan-source.unstated":
      "Neither the table's title nor the sheet's name \"{lembar}\" states the quarter: the sheet is read as a " +
      "year-end report, performance achievement is measured against the last target filled in, and the LKjIP " +
      "tables' titles name no quarter. If this is a quarterly report, write the quarter in the title.",
    "triwulan-source.capaian":
      "Neither the table's title nor the sheet's name \"{lembar}\" states the quarter; the sheet is read as up to " +
      "{triwulan} because its indicators' achievement is computed against the {triwulan} targets. Write the " +
      "quarter in the title to be sure.",
    "triwulan-source.realisasi":
      "Neither the table's title nor the sheet's name \"{lembar}\" states the quarter; the sheet is read as up to " +
      "{triwulan}, the last quarter with realisation filled in. Write the quarter in the title to be sure.",
    "triwulan-source.conflict":
      "The table's title says up to {triwulan}, but the sheet's name \"{lembar}\" says {triwulanLembar}; the " +
      "title's is used. Check which one was not updated.",
    "triwulan-source.conflict-lembar":
      "The table's title says up to {triwulanJudul}, but the sheet's name \"{lembar}\" says {triwulan}, and the " +
      "achievements the sheet states are measured against the {triwulan} targets: the sheet's name is used. Update the " +
      "title.",
    "triwulan-source.later-quarter":
      "Realisation for {triwulanIsi} at {cell} is filled in ({realisasi}), but this sheet reports up to {triwulan}: " +
      "that figure is not part of the report. Check whether it is in the wrong column, or the title was not moved on " +
      "to the next quarter.",
    "triwulan-source.later-quarter-many":
      "Realisation for {triwulanIsi} at {cell} is filled in ({realisasi}), as is realisation after {triwulan} in " +
      "{lain} more rows, but this sheet reports up to {triwulan}: those figures are not part of the report. Check " +
      "whether they are in the wrong column, or the title was not moved on to the next quarter.",
    "triwulan-source.later-quarter-kinerja":
      "Performance realisation for {triwulanIsi} at {cell} is filled in ({nilai}), but this sheet reports up to " +
      "{triwulan}: that figure is not part of the report. Check whether it is in the wrong column, or the title was " +
      "not moved on to the next quarter.",
    "triwulan-source.later-quarter-kinerja-many":
      "Performance realisation for {triwulanIsi} at {cell} is filled in ({nilai}), as is realisation after {triwulan} " +
      "in {lain} more rows, but this sheet reports up to {triwulan}: those figures are not part of the report. Check " +
      "whether they are in the wrong column, or the title was not moved on to the next quarter.",
    "rupiah-unit":
      'This sheet writes its Rupiah in {satuan} ({cell}: "{teks}"): the checks and the LKjIP tables use them in ' +
      "full rupiah.",
    "rupiah-unit.angka-penuh":
      'This sheet says its Rupiah are in {satuan} ({cell}: "{teks}"), but its amounts are in full rupiah already ' +
      "(the middle one is {contoh} at {contohCell}; in {satuan} that would be {dikali}): they are read as written. " +
      "Remove that note if it is left from another sheet, or check the amounts.",
    "heading-row-sum":
      "The {tingkat} row at {cell} holds only its name, merged up to {ujung}, without figures: its pagu, cash " +
      "plan and realisation are taken as the total of the {tingkatAnak} rows under it (pagu {pagu}). If its figures " +
      "differ, unmerge {cell}:{ujung} and enter them.",
    "heading-row-sum.unmerged":
      "The {tingkat} row at {cell} holds only its name, without figures: its pagu, cash plan and realisation are " +
      "taken as the total of the {tingkatAnak} rows under it (pagu {pagu}). Enter its figures in that row if they " +
      "differ.",
    "heading-row-sum.rp-kosong":
      "The {tingkat} row at {cell} holds no Rp figures: its pagu and realisation (per quarter and for the year) are " +
      "taken as the total of the {tingkatAnak} rows under it (pagu {pagu}). Enter its figures in that row if they " +
      "differ.",
    "realisasi-over-pagu": "Realisation at {cell} ({realisasi}) exceeds the pagu ({pagu}); difference {selisih}.",
    "realisasi-over-kas":
      "Realisation at {cell} ({realisasi}) exceeds the cash plan up to {triwulan} ({kas}); difference {selisih}.",
    "capaian-anggaran-mismatch":
      "Budget achievement at {cell} ({tertulis}) does not match realisation ÷ pagu ({realisasi} ÷ {pagu} = {hitung}).",
    "capaian-kinerja-mismatch":
      "Performance achievement at {cell} ({tertulis}) does not match {hitung}, recomputed from realisation " +
      "{realisasi} and target {triwulan} {target} (polarity {polaritas}).",
    "capaian-kinerja-mismatch.polaritas-nama":
      'The performance achievement in {cell} ({tertulis}) is computed as R/T (positive polarity), but "{nama}" is ' +
      "usually better when lower: with negative polarity it is {hitung}. Write its polarity (Negatif or Positif) in " +
      "Data Pendukung to confirm it; until then the LKjIP tables use R/T.",
    "capaian-kinerja-mismatch.polaritas-lembar":
      'The performance achievement in {cell} ({tertulis}) is computed as if "{nama}" were better when lower ' +
      '(negative polarity), though sheet "{lembar}"{lainnya} computes this indicator\'s achievement as realisation ÷ ' +
      "target (positive polarity): so computed it is {hitung}. If higher is better, correct the achievement; if " +
      "lower is better, write Negatif in Data Pendukung. Until then the LKjIP tables follow the achievement as written.",
    "capaian-kinerja-mismatch.polaritas-capaian":
      'The performance achievement in {cell} ({tertulis}) is computed as if "{nama}" were better when lower ' +
      "(negative polarity), though nothing says so: as realisation ÷ target (positive polarity) it is {hitung}. If " +
      "higher is better, correct the achievement; if lower is better, write Negatif in Data Pendukung. Until then " +
      "the LKjIP tables follow the achievement as written.",
    "capaian-kinerja-mismatch.rentang":
      "Performance achievement at {cell} ({tertulis}) does not match {hitung}, recomputed from realisation " +
      "{realisasi} and the {triwulan} target range {rentang} (100% inside the range, outside measured against the " +
      "nearer end; polarity {polaritas}).",
    "capaian-kinerja-mismatch.kualitatif-tercapai":
      "Performance achievement at {cell} ({tertulis}) does not fit: realisation {realisasi} is above the {triwulan} " +
      "target {target} on the same scale, so the target is reached (achievement above 100%).",
    "capaian-kinerja-mismatch.kualitatif-tidak-tercapai":
      "Performance achievement at {cell} ({tertulis}) does not fit: realisation {realisasi} is below the {triwulan} " +
      "target {target} on the same scale, so the target is not reached (achievement below 100%).",
    "realisasi-decreased.kumulatif":
      'Realisation up to {triwulan} of the {tingkat} "{nama}" at {cell} ({realisasi}) is lower than the realisation ' +
      "up to {triwulanLalu} at {cellLalu} ({realisasiLalu}); this sheet's quarter columns are cumulative, so the " +
      "realisation cannot fall: check both cells.",
    "realisasi-decreased":
      'Realisation of the {tingkat} "{nama}" at {cell} in sheet "{sheet}" up to {triwulan} ({realisasi}) is lower ' +
      'than the realisation up to {triwulanLalu} in sheet "{sheetLalu}" ({realisasiLalu}); cumulative realisation ' +
      "cannot fall.",
    "unreadable-value": 'Cell {cell} holds "{teks}", which cannot be read as a number.',
    "unreadable-value.koma-ribuan":
      'Cell {cell} holds "{teks}": its comma may separate thousands or decimals, and as decimals the figure is a ' +
      "fraction of a sen, which no rupiah amount is. It is not read: write thousands with a point (1.234) or type " +
      "the figure as a number.",
    "unreadable-value.unit":
      'Cell {cell} holds "{teks}": the unit written is not the satuan of this row\'s indikator ("{satuan}"), so its ' +
      "figure is not read. Write the figure alone, or correct the unit.",
    "unreadable-value.circular":
      "The formula ={rumus} in cell {cell} takes in cell {cell} itself (a circular reference), so its result is no " +
      "figure that can be read. Fix its range so that it leaves that cell out.",
    "unreadable-value.div-zero":
      "Cell {cell} shows #DIV/0!: the formula ={rumus} divides by zero (a pagu or target of 0, or an empty cell), so " +
      'its figure cannot be read. If the divisor is meant to be 0, wrap the formula in IFERROR(…,"") to leave the ' +
      "cell empty.",
    "unreadable-value.not-calculated":
      "Cell {cell} holds the formula ={rumus} without a stored result (the file was saved without calculating): " +
      "open it in Excel or LibreOffice, save it, and check again.",
    "unreadable-value.not-calculated-many":
      "Cell {cell} holds the formula ={rumus} without a stored result, as do {lain} other formula cells of this " +
      "sheet (the file was saved without calculating): open it in Excel or LibreOffice, save it, and check again.",
    "number-out-of-range":
      "Cell {cell} holds {teks}, which cannot be an amount in rupiah (less than one sen or beyond Excel's range); " +
      "the cell is not counted and the LKjIP tables leave it empty.",
    "text-too-long":
      "The name in cell {cell} is too long ({panjang} characters; an Excel cell holds at most 32,767): the LKjIP " +
      "tables leave its cell empty.",
    "date-in-amount.kinerja":
      "Cell {cell} holds a date ({tanggal}), not a performance figure; it is not counted. Excel turns a fraction " +
      "such as 4/5 into a date: set the cell's format to Text or Number, then type the value.",
    "date-in-amount":
      "Cell {cell} holds a date ({tanggal}), not an amount in rupiah; the cell is not counted. Format the cell " +
      "as a number and enter the amount.",
    "unreadable-value.data-pendukung-persen":
      'Cell {cell} ({kolom}) in sheet "{sheet}" is formatted as a percentage but holds {nilai}, shown as more than ' +
      "1000%: a percentage seems to have been pasted as a plain number. If {nilai}% is meant, type {nilai}% in the " +
      "cell; the cell is ignored.",
    "unreadable-value.data-pendukung-persen-many":
      'Cell {cell} ({kolom}) in sheet "{sheet}" is formatted as a percentage but holds {nilai}, shown as more than ' +
      "1000%, as do {lain} other percentage cells of that sheet: percentages seem to have been pasted as plain " +
      "numbers. If {nilai}% is meant, type {nilai}% in the cell, and likewise in the others; these cells are ignored.",
    "unreadable-value.data-pendukung":
      'Cell {cell} ({kolom}) in sheet "{sheet}" cannot be read as a number: "{teks}"; the cell is ignored.',
    "unreadable-value.polaritas":
      'Cell {cell} in sheet "{sheet}": polarity "{teks}" is not known (choose positif, negatif, negatif-b or ' +
      "stabil); taken as positif.",
    "missing-name.budget":
      "Cell {cell}: row {baris} holds budget figures but the name of its program, activity or sub-activity is empty.",
    "missing-name.tujuan": "Cell {cell}: row {baris} holds data but the name of its goal is empty.",
    "missing-name.sasaran": "Cell {cell}: row {baris} holds data but the name of its strategic target is empty.",
    "missing-name.indikator":
      "Cell {cell}: the indicator in row {baris} has a target, realisation or formula but its name is empty.",
    "missing-value.pagu": 'Pagu at {cell} is empty for the {tingkat} "{nama}".',
    "missing-value.kas-later":
      "The cash plan from {dari} on is empty on every row (column {cell} and after). This report runs to " +
      "{triwulan}, so the cash plan total has not been compared with the pagu; fill in the year's plan if there is one.",
    "missing-value.realisasi-anggaran": 'Budget realisation at {cell} is empty for the {tingkat} "{nama}".',
    "missing-value.sub-kegiatan-rp":
      "Pagu and realisation are empty on all {jumlah} sub-activities (the first at {cell}); the budget figures are " +
      "on the activity and programme rows. The LKjIP tables use those; fill in the sub-activity figures if their " +
      "breakdown should be printed.",
    "missing-value.capaian-anggaran":
      "Budget achievement at {cell} is empty, though it can be computed as realisation ÷ pagu ({saran}).",
    "missing-value.target": "Target {triwulan} at {cell} is empty for {nama}.",
    "missing-value.target-no-triwulan": "Target at {cell} for {nama} is empty in every quarter.",
    "missing-value.realisasi-kinerja": "Performance realisation at {cell} is empty for {nama}.",
    "missing-value.realisasi-kinerja-belum":
      'Realisation at {cell} is written "{tertulis}" for {nama}: it is not filled in yet, so its achievement cannot ' +
      "be checked and is not printed in the LKjIP tables. Enter the realisation once it is known.",
    "missing-value.target-belum":
      'Target {triwulan} at {cell} is written "{tertulis}" for {nama}: it is not filled in yet, so the achievement ' +
      "cannot be computed and is not printed in the LKjIP tables. Enter the target.",
    "missing-value.capaian-kinerja":
      "Performance achievement at {cell} is empty, though it can be computed from the realisation and target " +
      "{triwulan} ({saran}).",
    "missing-value.realisasi-columns":
      "The table's header (row {baris}, from {cell}) has no realisation column, neither performance nor budget: " +
      "this sheet's realisation and achievement are not read or checked. Give the realisation columns a title " +
      "that says so (performance realisation and realisation in Rp).",
    "missing-value.realisasi-anggaran-column":
      "The table's header (row {baris}, from {cell}) has no budget realisation (Rp) for the year up to the report's " +
      "quarter: this sheet's budget realisation and its achievement are not read or checked. A column of one " +
      "quarter's own realisation is not the realisation up to that quarter; add a column of the budget realisation " +
      "up to the report's quarter.",
    "missing-value.no-realisasi":
      'Sheet "{lembar}" holds no realisation yet (the realisation columns are empty, from {cell}), as a sheet set ' +
      "up for a later quarter does: its realisation and achievement cannot be checked yet.",
    "missing-value.data-pendukung-header":
      'Sheet "{sheet}": the column header "Indikator Kinerja" was not found, so the figures per indicator cannot ' +
      "be read.",
    "missing-value.data-pendukung-name":
      'Cell {cell} in sheet "{sheet}": the indicator name is empty; the entries of row {baris} are ignored.',
    "level-uncertain.code-word-conflict":
      "Cell {cell}: {nama}: code {kode} says {tingkatKode} but the name starts with the word for {tingkatKata}; " +
      "the code is used.",
    "level-uncertain.rekening":
      "Expenditure account rows (code 5.x.xx…, from {cell}; {jumlah} rows) are read as details of the sub-activity " +
      "above them: not counted again as sub-activities, and their sums are not checked.",
    "level-uncertain.urusan":
      "Government affairs rows (from {cell}; {jumlah} rows) are read as headings above their programs, not as " +
      "programs: their figures are not added to the total expenditure and not checked.",
    "level-uncertain.subtotal-hidden":
      "Hidden rows from {cell} ({jumlah} rows) are left out by the SUBTOTAL at {rumus}, so they are read as rows not " +
      "in use (e.g. dropped in the budget revision): not checked and not in the LKjIP tables. Leave them hidden if " +
      "they were dropped; unhide them if they count.",
    "level-uncertain.pendapatan":
      "Revenue rows (from {cell}; {jumlah} rows) are no expenditure: left out of the programs, not checked, and not " +
      "in the LKjIP tables.",
    "level-uncertain.lanjutan-nama":
      "Cell {cell}: the words of this row ({jumlah} rows from this cell) are read as the rest of the name above, " +
      "wrapped onto the next row. If it is a program, activity or sub-activity of its own, fill its code or figures.",
    "level-uncertain.rincian":
      "Cell {cell}: {jumlah} rows without code, name or indicator from this cell are read as the breakdown of the " +
      "row above (by location, say), since their pagu add up to that row's: no sub-activities of their own.",
    "level-uncertain.perubahan":
      'Revision rows ("Perubahan", from {cell}; {jumlah} rows) are read as the budget after the APBD revision of the ' +
      "row above each: their pagu, cash plan and realisation replace that row's original figures, and they are no " +
      "sub-activities of their own. Murni or Sebelum Perubahan rows under a row are not used.",
    "level-uncertain.program-by-sum":
      "Cell {cell}: {nama} is taken as a program: there is no PROGRAM row above it in this strategic target, and " +
      "its pagu equals the total pagu of the activities under it.",
    "level-uncertain.program-by-position":
      "Cell {cell}: {nama} is taken as a program because it opens a strategic target without a PROGRAM row above it.",
    "level-uncertain.sub-without-kegiatan":
      "Cell {cell}: {nama} is marked as a sub-activity but has no activity above it; taken as an activity under " +
      "program {program} ({programCell}).",
    "level-uncertain.kegiatan-under-guessed-program":
      "Cell {cell}: {nama} is taken as an activity under program {program} ({programCell}), whose own level is a " +
      "guess.",
    "level-uncertain.kegiatan-without-sub":
      "Cell {cell}: {nama} is taken as an activity because it sits under program {program} ({programCell}); there " +
      "is no sub-activity under it.",
    "level-uncertain.kegiatan-sum-differs":
      "Cell {cell}: {nama} is taken as an activity under program {program} ({programCell}), and the {barisSub} " +
      "rows under it as its sub-activities, by position alone, because their pagu do not add up to its pagu. Fill " +
      "the KODE column to make the levels certain.",
    "level-uncertain.sub-under-guessed-program":
      "Cell {cell}: {nama} is taken as a sub-activity of activity {kegiatan} ({kegiatanCell}); the program above " +
      "it is itself a guess.",
    "level-uncertain.sub-sum-differs":
      "Cell {cell}: {nama}{lainnya}: taken as sub-activities of activity {kegiatan} ({kegiatanCell}) by position " +
      "alone, because their pagu do not add up to that activity's pagu. Fill the KODE column to make the levels " +
      "certain.",
    "table-cell-empty.data-pendukung":
      'Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because column "{kolomDp}" of sheet "{sheet}" is not ' +
      "filled in yet (from cell {cell}).",
    "table-cell-empty.source-target":
      'Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator\'s target is empty in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.source-realisasi":
      'Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator\'s realisation is empty in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.source-both":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator's target and realisation are empty " +
      'in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.source-unreadable-target":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator's target in sheet " +
      '"{sheet}" cannot be read as a number (cell {cell}; the findings say why).',
    "table-cell-empty.source-unreadable-realisasi":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator's realisation in sheet " +
      '"{sheet}" cannot be read as a number (cell {cell}; the findings say why).',
    "table-cell-empty.source-unreadable-both":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator's target and realisation " +
      'in sheet "{sheet}" cannot be read as numbers (cell {cell}; the findings say why).',
    "table-cell-empty.source-renstra":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because that Renstra column is empty in the Evaluasi " +
      'Renja sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.kualitatif":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because its target or realisation is a qualitative " +
      'value (a predikat, an audit opinion, a category) in sheet "{sheet}" (cell {cell}): no percentage can be ' +
      "computed; the achievement column says whether the target is reached.",
    "table-cell-empty.unnamed":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the indicator has no name in the source sheet " +
      'and none is given in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.no-tujuan":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because sheet " +
      '"{sheet}" does not name its goal (a form without the Tujuan PD column; sasaran at cell {cell}).',
    "table-cell-empty.no-tujuan-sasaran":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because sheet " +
      '"{sheet}" names neither its goal nor its target (a form without Tujuan PD and Sasaran PD rows; its programmes start at cell {cell}).',
    "table-cell-empty.no-program":
      'Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because this target has no programme in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.no-pagu":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because this target's programmes have no budget ceiling " +
      'in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.no-realisasi":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because this target's programmes have no budget " +
      'realisation in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.unreadable-pagu":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the budget ceiling of one of its programmes " +
      'could not be read in sheet "{sheet}" (cell {cell}; the findings say why): a sum without it would fall short.',
    "table-cell-empty.unreadable-realisasi":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the budget realisation of one of its programmes " +
      'could not be read in sheet "{sheet}" (cell {cell}; the findings say why): a sum without it would fall short.',
    "table-cell-empty.pagu-zero":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the budget ceilings of this target's programmes " +
      'add up to 0 in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.capaian-anggaran-zero":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the target's budget absorption is 0% (its " +
      'programmes realised nothing), so the ratio cannot be computed (sheet "{sheet}", cell {cell}).',
    "table-cell-empty.capaian-kinerja":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the performance achievement cannot be computed " +
      'from its target and realisation (sheet "{sheet}", cell {cell}).',
    "table-cell-empty.efisiensi-pmk":
      "Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because the performance achievement is 0% or less, so E " +
      'cannot be computed (sheet "{sheet}", cell {cell}).',
    "table-cell-empty.total-anggaran":
      "Table {tabel}: column {kolom} for {subjek}{lainnya} is computed against the sum of all programme ceilings ({total}), " +
      'because the office\'s total budget is not filled in sheet "{sheet}" (cell {cell}).',
    "table-cell-empty.rencana-tindak-lanjut":
      "The follow-up plan under Table {tabel} is not printed for {subjek}{lainnya}, because column {kolom} of sheet " +
      '"{sheet}" is not filled in yet (cell {cell}).',
    "table-cell-empty.sumber-dana":
      'Table {tabel}: column {kolom} left empty for {subjek}{lainnya}, because column "Sumber Dana" of sheet "{sheet}" is not ' +
      "filled in yet (from cell {cell}).",
    "data-pendukung-orphan":
      'Row {cell} of sheet "{sheet}" ({tingkat} "{nama}") matches no {tingkat} in sheet "{sumber}", so what it holds ' +
      "is not used; the row is kept. When the name changed in the source and a new row for it was added below, move " +
      "the entries to that new row and delete this one; otherwise give it the name the source sheet uses, or delete " +
      "it when it is no longer needed.",
    "data-pendukung-orphan.unnamed":
      'Row {cell} of sheet "{sheet}" ({tingkat} without a name) matches no {tingkat} in sheet "{sumber}", so what it ' +
      "holds is not used; the row is kept. Name it as the source sheet does, or delete it when it is no longer needed.",
    "data-pendukung-stale-note":
      'The "matches nothing" note in {cell} of sheet "{sheet}" comes from an earlier check and no longer holds: that ' +
      'row is no longer one without a match in sheet "{sumber}". The note is not removed automatically; clear that ' +
      "cell.",
    "data-pendukung-copy":
      'Sheet "{sheet}" also carries the Data Pendukung mark (probably a copy), but only sheet "{dibaca}" is read: what is ' +
      'typed in "{sheet}" is not used. Move what is needed to "{dibaca}", or delete the copy.',
    "data-pendukung-uncertain.duplicate":
      'Rows {cell} and {dipakai} of sheet "{sheet}" both name the {tingkat} "{nama}". The entries of row {dipakai} ' +
      "(the lowest) are used; those of row {cell} are not. Move the entries that still hold to row {dipakai}, then " +
      "delete row {cell}.",
    "data-pendukung-uncertain.place":
      'What row {cell} of sheet "{sheet}" ("{namaDp}") holds is used for {tingkat} "{nama}" (cell {sumberCell} of ' +
      'sheet "{sumber}") because it sits in the same place. Check it, then write the same name in cell {cell} to confirm.',
    "data-pendukung-uncertain.similar":
      'What row {cell} of sheet "{sheet}" ("{namaDp}") holds is used for {tingkat} "{nama}" (cell {sumberCell} of ' +
      'sheet "{sumber}") because the names are alike. Check it, then write the same name in cell {cell} to confirm.',
    "data-pendukung-uncertain.tahun":
      'Sheet "{sheet}" is filled in for {tahunDp} (cell {cell}), this report is for {tahun}: its previous-year ' +
      "target and realisation (of {tahunLaluDp}), total budget and operating/personnel spending are not used as " +
      "those of {tahunLalu} and {tahun}. The other entries (polarity, Renstra target, analysis, supporting " +
      "programs, follow-up plan, funding source) are still used: check those written for {tahunDp}. Keep a copy " +
      "of the {tahunDp} workbook, then change the year to {tahun} and fill them in for this year.",
    "data-pendukung-uncertain.tahun-lalu":
      'The {kolom} in cell {cell} of sheet "{sheet}" ({tertulis}) for indicator "{nama}" differs from last year\'s ' +
      'sheet "{lembar}" ({nilai} in cell {sumberCell}). The tables use the Data Pendukung entry: check which is right.',
    "data-pendukung-uncertain.total-anggaran":
      'The total budget in cell {cell} of sheet "{sheet}" ({tertulis}) differs from the sum of the programs\' budgets ' +
      'in sheet "{sumber}" ({jumlah}); difference {selisih}. Table 3.4 uses the Data Pendukung total, while Table 2.2 ' +
      "and BELANJA DAERAH add up the programs: check the total, or empty that cell to use the programs' sum.",
    "data-pendukung-uncertain.belanja":
      'The {belanja} budget in cell {cell} of sheet "{sheet}" ({tertulis}) exceeds the office\'s total budget ' +
      "({total}): check the figure.",
    "data-pendukung-uncertain.unnamed":
      'What row {cell} of sheet "{sheet}" ("{namaDp}") holds is used for the {tingkat} without a name in cell ' +
      '{sumberCell} of sheet "{sumber}": it is under the same sasaran, and its name is no other {tingkat}\'s there. ' +
      "Check that the row is for this {tingkat}.",
  },
  levels: {
    urusan: "government affair (urusan)",
    bidang: "affair field (bidang urusan)",
    program: "program",
    kegiatan: "activity",
    subKegiatan: "sub-activity",
    indikator: "indicator",
    sasaran: "strategic target",
    tujuan: "goal",
    budgetRow: "budget row",
  },
  triwulan: (n) => `Q${n}`,
  unnamedRow: (row) => `Row ${row} (no name)`,
  others: (n) => (n > 0 ? ` and ${n} more` : ""),
  indikatorSubject: (name, row) => (name !== "" ? `the indicator "${name}"` : `the indicator in row ${row}`),
  dataColumns: {
    targetTahunLalu: "last year's target",
    realisasiTahunLalu: "last year's realisation",
    targetAkhirRenstra: "Renstra end target",
    totalAnggaran: "total budget of the office",
    tahun: "year",
    operasiAnggaran: "operating expenditure budget",
    operasiRealisasi: "operating expenditure realisation",
    pegawaiAnggaran: "personnel expenditure budget",
    pegawaiRealisasi: "personnel expenditure realisation",
  },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  ruleLabels: {
    "kas-vs-pagu": "Cash plan total ≠ pagu",
    "pagu-vs-children": "Pagu ≠ total pagu of its items",
    "kas-vs-children": "Cash plan ≠ total of its items",
    "realisasi-vs-children": "Realisation ≠ total of its items",
    "realisasi-over-pagu": "Realisation above pagu",
    "realisasi-over-kas": "Realisation above cash plan",
    "capaian-anggaran-mismatch": "Budget achievement ≠ realisation ÷ pagu",
    "capaian-kinerja-mismatch": "Performance achievement ≠ recomputed",
    "unreadable-value": "Cell is not a number",
    "number-out-of-range": "Number out of range",
    "text-too-long": "Name too long",
    "date-in-amount": "Date in a number column",
    "missing-name": "Name missing",
    "missing-value": "Entry missing",
    "level-uncertain": "Row level guessed",
    "realisasi-decreased": "Cumulative realisation fell",
    "realisasi-total-mismatch": "Year's realisation ≠ total of quarters",
    "renstra-total-mismatch": "Renstra realisation ≠ up to last year + this year",
    "tingkat-capaian-mismatch": "Achievement level ≠ recomputed",
    "realisasi-negative": "Negative quarterly realisation",
    "formula-range": "Formula range does not match its items",
    "outside-totals": "Rows outside the total",
    "total-row-mismatch": "Total row ≠ sum of its rows",
    "kode-mismatch": "Code not under its parent's code",
    "ambiguous-separator": "Ambiguous number separator",
    "stacked-tables": "Stacked tables in one sheet",
    "number-stored-as-text": "Number stored as text",
    "rupiah-unit": "Rupiah in thousands/millions",
    "triwulan-source": "Reporting quarter",
    "heading-row-sum": "Heading row totalled from its items",
    "table-cell-empty": "LKjIP table cell left empty",
    "data-pendukung-orphan": "Data Pendukung row without a match",
    "data-pendukung-uncertain": "Data Pendukung match to confirm",
    "data-pendukung-stale-note": "Old note in Data Pendukung",
    "data-pendukung-copy": "Copy of Data Pendukung not read",
  },
  amountLabelsOfKey: {
    "data-pendukung-uncertain.tahun": { expected: "Year of the source sheet", actual: "Year in Data Pendukung" },
    "data-pendukung-uncertain.tahun-lalu": { expected: "In last year's sheet", actual: "In Data Pendukung" },
    "data-pendukung-uncertain.total-anggaran": { expected: "Σ program budgets", actual: "Total in Data Pendukung" },
    "data-pendukung-uncertain.belanja": { expected: "Total budget", actual: "Spending budget" },
  },
  amountLabels: {
    "kas-vs-pagu": { expected: "Cash plan for the year", actual: "Pagu" },
    "pagu-vs-children": { expected: "Σ pagu of its items", actual: "Pagu" },
    "kas-vs-children": { expected: "Σ cash plan of its items", actual: "Cash plan" },
    "realisasi-vs-children": { expected: "Σ realisation of its items", actual: "Realisation" },
    "realisasi-over-pagu": { expected: "Pagu", actual: "Realisation" },
    "realisasi-over-kas": { expected: "Cash plan to this quarter", actual: "Realisation" },
    "capaian-anggaran-mismatch": { expected: "Realisation ÷ pagu (%)", actual: "Achievement written (%)" },
    "capaian-kinerja-mismatch": { expected: "Recomputed (%)", actual: "Achievement written (%)" },
    "unreadable-value": { expected: "Expected entry", actual: "Cell content" },
    "number-out-of-range": { expected: "Range", actual: "Cell content" },
    "text-too-long": { expected: "At most", actual: "Length" },
    "date-in-amount": { expected: "Expected entry", actual: "Cell content" },
    "missing-name": { expected: "Name", actual: "Cell content" },
    "missing-value": { expected: "Suggested (computed)", actual: "Cell content" },
    "level-uncertain": { expected: "Level", actual: "Level" },
    "realisasi-decreased": {
      expected: "Realisation up to the previous quarter",
      actual: "Realisation up to this quarter",
    },
    "realisasi-total-mismatch": { expected: "Σ quarterly realisation", actual: "Year's realisation" },
    "renstra-total-mismatch": { expected: "Up to last year + this year", actual: "Realisation up to this year" },
    "tingkat-capaian-mismatch": { expected: "Recomputed (%)", actual: "Level written (%)" },
    "realisasi-negative": { expected: "At least", actual: "Quarterly realisation" },
    "formula-range": { expected: "Σ of its items", actual: "Formula result" },
    "outside-totals": { expected: "Total row", actual: "Rows" },
    "total-row-mismatch": { expected: "Σ rows it totals", actual: "Total row" },
    "kode-mismatch": { expected: "Parent's code", actual: "Row's code" },
    "ambiguous-separator": { expected: "Expected entry", actual: "Cell content" },
    "stacked-tables": { expected: "Table read", actual: "Other tables" },
    "number-stored-as-text": { expected: "Expected entry", actual: "Cell content" },
    "rupiah-unit": { expected: "Rupiah", actual: "Written" },
    "triwulan-source": { expected: "Quarter used", actual: "Written" },
    "heading-row-sum": { expected: "Σ pagu of its items", actual: "Written" },
    "table-cell-empty": { expected: "Expected", actual: "Written" },
    "data-pendukung-orphan": { expected: "Match in the source sheet", actual: "Name in Data Pendukung" },
    "data-pendukung-uncertain": { expected: "Name in the source sheet", actual: "Name in Data Pendukung" },
    "data-pendukung-stale-note": { expected: "Expected", actual: "Written" },
    "data-pendukung-copy": { expected: "Sheet read", actual: "Copy" },
  },
};
