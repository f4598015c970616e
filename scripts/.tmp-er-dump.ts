import { gridsOf } from "../test/file/gridsOf";
import { toA1 } from "../src/core/grid/address";
(async () => {
  const [file, sheet, from, to] = process.argv.slice(2);
  const grids = await gridsOf(file);
  const g = grids.find((x) => x.name === sheet)!;
  for (let r = Number(from) - 1; r < Number(to); r++) {
    const cells = (g.cells[r] ?? []).map((c, i) => (c && (c.value !== null || c.formula) ? `${toA1(r, i)}=${JSON.stringify(c.value)}${c.formula ? "{=" + c.formula + "}" : ""}${c.fill ? c.fill : ""}${c.bold ? "B" : ""}` : null)).filter(Boolean);
    console.log(r + 1, cells.join(" | "));
  }
  console.log("merges", g.merges.filter((m) => m.top < Number(to)).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).join(" "));
})();
