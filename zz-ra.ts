import fs from "node:fs";
import { FileWorkbook } from "./src/file/fileWorkbook";
(async () => {
  const wb = await FileWorkbook.fromBuffer(fs.readFileSync(process.argv[2]), "x.xlsx");
  const g = await wb.readSheet(process.argv[3]);
  for (let r = 0; r < g.rowCount; r++) { const line = g.cells[r]; if (!line) continue; const t = line.slice(0, 5).map((c) => c ? `${c.value ?? ""}${c.formula ? " =" + c.formula : ""}${c.numFmt && c.numFmt.includes("*") ? " [*]" : ""}` : "").join(" | "); if (/419|417|V34/.test(t) || r === +process.argv[4]) console.log(r + 1, t.slice(0, 200)); }
})();
