import { isA1 } from "../grid/address";
import { Finding, RULE_SEVERITY, RuleId, Severity } from "../model/finding";
import { amountLabelsOf, catalogOf, renderFinding } from "../model/messages/render";
import { Lang } from "../numbers/format";
import { SheetSpec } from "./sheetSpec";
import { SheetBuilder } from "./sheetBuilder";
import { headerCell, textCell } from "./cellStyles";
import { HASIL_PEMERIKSAAN_TEXT } from "./hasilPemeriksaanText";

/** The sheet's name is the same in every language: the add-in and the registry find it by this name. */
export const HASIL_PEMERIKSAAN_SHEET = "Hasil Pemeriksaan";

const FILL: Record<Severity, string> = { error: "F8CBAD", warning: "FFE699", info: "DDEBF7" };
const WIDTHS = [6, 12, 28, 22, 14, 8, 18, 16, 20, 16, 70];
const SEVERITIES: Severity[] = ["error", "warning", "info"];
const HEADER_ROW = 6;

/**
 * Every finding as a row, under counts per severity, in one language (Bahasa Indonesia unless told):
 * No | Tingkat | Temuan (the rule's label) | Aturan (the stable rule id) | Lembar | Sel (a link to the cell) |
 * what is written in the cell and its value | what it is compared with and that value | Keterangan. Each amount
 * carries its own label (for kas-vs-pagu: "Pagu" 250.634.400 against "Anggaran kas setahun" 246.174.400), so
 * no column reads as if the cell were wrong by definition. The header row stays frozen and filters the table.
 */
export function buildHasilPemeriksaan(findings: Finding[], sourceSheet: string | null, lang: Lang = "id"): SheetSpec {
  const text = HASIL_PEMERIKSAAN_TEXT[lang] ?? HASIL_PEMERIKSAAN_TEXT.id;
  const catalog = catalogOf(lang);
  const b = new SheetBuilder(WIDTHS);
  const width = WIDTHS.length;
  b.set(0, 0, { value: text.title, bold: true, fontSize: 12 });
  b.merge(0, 0, 0, width - 1);
  b.set(1, 0, { value: text.intro(sourceSheet), italic: true, fontSize: 9 });
  b.merge(1, 0, 1, width - 1);
  SEVERITIES.forEach((sev, i) => {
    b.setMerged(2 + i, 0, 2 + i, 1, textCell(catalog.severity[sev], { bold: true, fill: FILL[sev] }));
    b.set(2 + i, 2, { value: findings.filter((f) => f.severity === sev).length, border: true, align: "left" });
  });
  text.header.forEach((label, c) => b.set(HEADER_ROW, c, headerCell(label)));
  let row = HEADER_ROW + 1;
  if (findings.length === 0) {
    b.set(row, 0, { value: text.none, italic: true });
    b.merge(row, 0, row, width - 1);
  }
  findings.forEach((f, i) => {
    const severity: Severity = SEVERITIES.includes(f.severity) ? f.severity : "error";
    const labels = knownRule(f.rule) ? amountLabelsOf(catalog, f) : null;
    b.set(row, 0, textCell(null, { value: i + 1, align: "center" }));
    b.set(row, 1, textCell(catalog.severity[severity], { fill: FILL[severity] }));
    b.set(row, 2, textCell(knownRule(f.rule) ? catalog.ruleLabels[f.rule] : null));
    b.set(row, 3, textCell(f.rule));
    b.set(row, 4, textCell(f.sheet));
    b.set(row, 5, textCell(f.cell || null, isA1(f.cell) ? { link: { sheet: f.sheet, cell: f.cell } } : {}));
    b.set(row, 6, textCell(f.actual !== null && labels ? labels.actual : null));
    b.set(row, 7, valueCell(f.actual));
    b.set(row, 8, textCell(f.expected !== null && labels ? labels.expected : null));
    b.set(row, 9, valueCell(f.expected));
    b.set(row, 10, textCell(renderFinding(f, lang)));
    row++;
  });
  return b.build(HASIL_PEMERIKSAAN_SHEET, "hasil-pemeriksaan", {
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, repeatRows: [HEADER_ROW, HEADER_ROW] },
    ...(findings.length > 0
      ? { autoFilter: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW + findings.length, right: width - 1 } }
      : {}),
  });
}

function knownRule(rule: string): rule is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_SEVERITY, rule);
}

function valueCell(v: number | string | null) {
  if (typeof v === "number") {
    return textCell(null, { value: v, numFmt: Number.isInteger(v) ? "#,##0" : "#,##0.00##", align: "right" });
  }
  return textCell(v);
}
