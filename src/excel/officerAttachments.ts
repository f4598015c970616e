import { ExistingSheet } from "../core/workbook/sheetPlan";
import { officeSupports } from "./requirements";

interface Countable {
  getCount(): OfficeExtension.ClientResult<number>;
}

/**
 * What the officer may put on a sheet that a run never writes, with the ExcelApi version its getCount needs. Our
 * sheets hold none of these: the add-in's notes are Worksheet.notes, not comments, and its filter buttons are the
 * sheet's autoFilter, not a table.
 */
const ATTACHMENTS: { version: string; of: (ws: Excel.Worksheet) => Countable }[] = [
  { version: "1.4", of: (ws) => ws.charts },
  { version: "1.4", of: (ws) => ws.tables },
  { version: "1.8", of: (ws) => ws.pivotTables },
  { version: "1.9", of: (ws) => ws.shapes },
  { version: "1.10", of: (ws) => ws.comments },
];

/**
 * The sheets named that hold a chart, a table, a PivotTable, a shape or picture, or a comment (one request for all
 * of them, none when no sheet is named). What the host's ExcelApi cannot count is not asked for.
 */
export async function sheetsWithOfficerAttachments(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: (set: string, version: string) => boolean = officeSupports,
): Promise<Set<string>> {
  const attached = new Set<string>();
  if (names.length === 0) return attached;
  const countable = ATTACHMENTS.filter((a) => supports("ExcelApi", a.version));
  const counted = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    return { name, counts: countable.map((a) => a.of(ws).getCount()) };
  });
  await context.sync();
  for (const { name, counts } of counted) if (counts.some((c) => c.value > 0)) attached.add(name);
  return attached;
}

/** What sheetsWithOfficerAttachments found, onto the planner's view; true when a sheet has any (plan again). */
export function noteAttachments(existing: ExistingSheet[], attached: ReadonlySet<string>): boolean {
  for (const s of existing) if (attached.has(s.name)) s.officerAttachments = true;
  return attached.size > 0;
}
