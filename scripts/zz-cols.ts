import { gridsOf } from "../test/file/gridsOf";
import { recognise } from "../src/core/layout/recognise";
import { columnLetters } from "../src/core/grid/address";
(async () => {
  for (const f of process.argv.slice(2)) {
    const grids = await gridsOf(f);
    const r: any = recognise(grids[0], {});
    const cols = r.model?.columns ?? {};
    console.log(f.split("/").pop(), Object.entries(cols).map(([k, v]) => `${k}=${columnLetters(v as number)}`).join(" "), "header", r.model?.headerRows);
  }
})();
