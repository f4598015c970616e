import { modelToJson } from "../../core/model/toJson";
import { parseCommandArgs } from "../args";
import { formatModelTree } from "../format/modelTree";
import { CliIo } from "../io";
import { USAGE } from "../usage";
import { analyseSource } from "./openSource";

/** `lkjip inspect <file> [--sheet NAME] [--json]`: the recognised model of every Pengukuran Kinerja sheet. */
export async function inspectCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs("inspect", argv, ["sheet", "json"]);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const analysis = await analyseSource(args.file, args.sheet, io);
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
