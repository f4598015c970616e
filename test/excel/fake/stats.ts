/** What one context.sync() carried: the fake's measure of an Office request and its response. */
export interface RequestRecord {
  index: number;
  /** JSON length of everything written or called, plus a fixed cost per statement. */
  requestBytes: number;
  /** JSON length of everything loaded. */
  responseBytes: number;
  /** requestBytes + responseBytes. */
  bytes: number;
  /** Cells whose data (values, formats, cell properties) was read or written. */
  cells: number;
  statements: number;
  /** Statements that changed a range: property sets and methods such as merge. */
  rangeOps: number;
  /** Office error code when the request failed. */
  failed?: string;
}

export interface WriteRecord {
  request: number;
  sheet: string;
  object: string;
  member: string;
  address?: string;
}

export class ExcelStats {
  requests: RequestRecord[] = [];
  writes: WriteRecord[] = [];
  screenUpdatingSuspends = 0;
  /** Runs that ended as one undo group (`mergeUndoGroup`), and grouped runs Excel refused. */
  undoGroups = 0;
  refusedUndoGroups = 0;

  get syncs(): number {
    return this.requests.length;
  }

  get maxRequestBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  get maxRequestCells(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.cells), 0);
  }

  get rangeOps(): number {
    return this.requests.reduce((n, r) => n + r.rangeOps, 0);
  }

  /** Sheets that received any write (values, formats, deletion…), in order of first write. */
  writtenSheets(): string[] {
    return [...new Set(this.writes.map((w) => w.sheet))];
  }

  reset(): void {
    this.requests = [];
    this.writes = [];
    this.screenUpdatingSuspends = 0;
  }
}
