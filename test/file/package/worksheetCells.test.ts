import { CellLook } from "../../../src/file/package/styleSheet";
import { lookOf, WorksheetCell, WorksheetContent, worksheetXml } from "../../../src/file/package/worksheetXml";

/** Every combination of what a cell's look depends on, including the spellings lookOf treats alike. */
function cells(): WorksheetCell[] {
  const out: WorksheetCell[] = [];
  const pick = <T>(options: T[], i: number) => options[i % options.length];
  for (let i = 0; i < 600; i++) {
    const k = (n: number) => Math.floor(i / n);
    out.push({
      value: i % 7 === 0 ? null : i,
      formula: pick([undefined, "A1+1"], k(2)),
      numFmt: pick([undefined, "", "#,##0", "0.00%", '#,##0"*"', "General|1|"], k(3)),
      bold: pick([undefined, false, true], k(5)),
      italic: pick([undefined, true], k(7)),
      wrap: pick([undefined, true, false], k(11)),
      align: pick([undefined, "left", "center", "right"], k(13)),
      indent: pick([undefined, 0, 1, 2, -1], k(17)),
      valign: pick([undefined, "top", "middle"], k(19)),
      border: pick([undefined, true], k(23)),
      fill: pick([undefined, "", "D9E1F2", "FFF2CC"], k(29)),
      fontSize: pick([undefined, 11, 9, 14], k(31)),
      link: pick([undefined, { sheet: "TW IV", cell: "N20" }], k(37)),
      input: pick([undefined, true], k(41)),
    } as WorksheetCell);
  }
  return out;
}

test("each cell is written with the style of its own look, however many cells share one", () => {
  const list = cells();
  const styles = new Map<string, number>();
  const styleOf = (look: CellLook) => {
    const key = JSON.stringify(look);
    if (!styles.has(key)) styles.set(key, styles.size);
    return styles.get(key) as number;
  };
  const content: WorksheetContent = {
    cells: list.map((cell, i) => ({ row: Math.floor(i / 10), col: i % 10, cell })),
    merges: [],
    columnWidths: [],
  };
  const xml = worksheetXml(content, { finalNames: new Map(), styleOf });
  const written = [...xml.matchAll(/<c r="[A-Z]+\d+" s="(\d+)"/g)].map((m) => Number(m[1]));
  const expected = list.map((cell) => styles.get(JSON.stringify(lookOf(cell))));
  expect(written).toEqual(expected);
  expect(styles.size).toBeGreaterThan(300);
});

test("cells listed out of order are written by row, then column, as cells in order are", () => {
  const placed = [
    { row: 2, col: 1, cell: { value: "di B3" } },
    { row: 0, col: 2, cell: { value: "di C1" } },
    { row: 2, col: 0, cell: { value: "di A3" } },
    { row: 0, col: 0, cell: { value: "di A1" } },
  ];
  const write = (list: typeof placed) =>
    worksheetXml({ cells: list, merges: [], columnWidths: [] }, { finalNames: new Map(), styleOf: () => 0 });
  const sorted = [...placed].sort((a, b) => a.row - b.row || a.col - b.col);
  const refs = [...write(placed).matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
  expect(refs).toEqual(["A1", "C1", "A3", "B3"]);
  expect(write(placed)).toBe(write(sorted));
});
