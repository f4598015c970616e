/**
 * What the officer may put on a sheet besides cells, for the in-memory Excel: Worksheet.charts, .tables,
 * .pivotTables, .shapes and .comments. Only how many a sheet holds is modelled: a test adds one, the adapter counts
 * them (getCount).
 */
import { countResult, FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { unsupported } from "./errors";
import type { FakeSheet } from "./model";

export type AttachmentKind = "charts" | "tables" | "pivotTables" | "shapes" | "comments";

const TYPE_NAMES: Record<AttachmentKind, string> = {
  charts: "ChartCollection",
  tables: "TableCollection",
  pivotTables: "PivotTableCollection",
  shapes: "ShapeCollection",
  comments: "CommentCollection",
};

const ATTACHED = new WeakMap<FakeSheet, Map<AttachmentKind, number>>();

/** How many of a kind a sheet holds. */
export function attachmentCount(sheet: FakeSheet, kind: AttachmentKind): number {
  return ATTACHED.get(sheet)?.get(kind) ?? 0;
}

function attach(sheet: FakeSheet, kind: AttachmentKind): void {
  let counts = ATTACHED.get(sheet);
  if (!counts) ATTACHED.set(sheet, (counts = new Map()));
  counts.set(kind, attachmentCount(sheet, kind) + 1);
}

export class FakeAttachmentCollection extends FakeClientObject<FakeSheet> {
  protected readonly loadable = [] as const;

  constructor(
    context: FakeContext,
    private readonly kind: AttachmentKind,
    resolver: () => FakeSheet | null,
  ) {
    super(context, TYPE_NAMES[kind], resolver, false);
  }

  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }

  protected readProperty(): unknown {
    throw unsupported(`${this.typeName} properties`);
  }

  /** charts.add, tables.add, pivotTables.add, comments.add: one more on the sheet, whatever the arguments. */
  add(..._args: unknown[]): void {
    this.queueWrite("add", null, (sheet) => attach(sheet, this.kind));
  }

  /** ShapeCollection's way to add one. */
  addGeometricShape(_geometricShapeType: string): void {
    if (this.kind !== "shapes") throw unsupported(`${this.typeName}.addGeometricShape`);
    this.add();
  }

  getCount(): { value: number } {
    return countResult(this.context, () => attachmentCount(this.need(), this.kind));
  }
}
