import { analyseWorkbook } from "../../core/pipeline";
import { modelToJson } from "../../core/model/toJson";
import { parseCommandArgs } from "../args";
import { formatModelTree } from "../format/modelTree";
import { CliIo } from "../io";
import { USAGE } from "../usage";
import { openSource, requireModels } from "./openSource";

/** `lkjip inspect <file> [--sheet NAME] [--json]`: the recognised model of every Pengukuran Kinerja sheet. */
export async function inspectCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("inspect", argv, ["sheet", "json"]);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const { grids, columns } = await openSource(args.file, args.sheet, io);
  io.progress("Memeriksa…");
  const analysis = analyseWorkbook(grids, { sheet: args.sheet, columns });
  requireModels(analysis, args.file);
  if (args.json) {
    io.out(JSON.stringify({ sheets: analysis.models.map(modelToJson) }, null, 2));
    return 0;
  }
  analysis.models.forEach((model, i) => {
    if (i > 0) io.out("");
    io.out(formatModelTree(model).join("\n"));
  });
  return 0;
}
