import { normaliseHeader } from "../headerWords";
import { ErRow } from "./rows";

/** SIPD's organisation code (`1.02.0.00.0.00.01.0000`): its row names a Perangkat Daerah (and often holds its total). */
export const SKPD_CODE = /^\d{1,2}\.\d{2}\.\d{1,2}\.\d{2}\.\d{1,2}\.\d{2}\.\d{2}\.\d{4}$/;

/** `Perangkat Daerah : 1.01.0.00.0.00.01.0000 DINAS PENDIDIKAN`, `SKPD : …`, `OPD : …`: a heading naming an office. */
const OFFICE_LABEL = /^(?:perangkat\s+daerah|skpd|opd)\s*:\s*([\s\S]*)$/i;

/** A row that starts an office's block: its name, as it is said. */
export interface OfficeRow {
  row: number;
  name: string;
}

/** A heading naming an office (`Perangkat Daerah : …`): no program, whether or not the form holds others. */
export function isOfficeLabel(text: string): boolean {
  return OFFICE_LABEL.test(text);
}

/** The office a row names (by its organisation code, or a `Perangkat Daerah : …` label), or null. */
function officeOfRow(row: ErRow): OfficeRow | null {
  if (row.kode && SKPD_CODE.test(row.kode)) return { row: row.row, name: row.name || row.kode };
  for (const text of [row.label, row.name]) {
    const m = OFFICE_LABEL.exec(text);
    if (m) return { row: row.row, name: m[1].replace(/^[\d.]+\s+/, "").trim() || m[1].trim() };
  }
  return null;
}

/**
 * The offices a form's rows name. A Pemda-level form (Evaluasi terhadap Hasil RKPD) holds several Perangkat Daerah
 * one under the other, each under a row that names it: the report is the first one's. `later`: the rows where each
 * office other than the first begins, with its name; empty when the form holds one office (an office row repeated,
 * as on every printed page, is the same one).
 */
export function formOffices(rows: readonly ErRow[]): { first: OfficeRow | null; later: OfficeRow[] } {
  const offices = rows.map(officeOfRow).filter((o): o is OfficeRow => o !== null);
  const first = offices[0];
  if (!first) return { first: null, later: [] };
  const seen = new Set([normaliseHeader(first.name)]);
  const later: OfficeRow[] = [];
  for (const o of offices.slice(1)) {
    const key = normaliseHeader(o.name);
    if (seen.has(key)) continue;
    seen.add(key);
    later.push(o);
  }
  return { first, later };
}
