import { EvaluasiRenjaModel, ErNode } from "../../../../../src/core/model/evaluasiRenja";
import { CellReader } from "../../../../../src/core/layout/readCells";
import { recogniseEvaluasiRenja } from "../../../../../src/core/layout/evaluasiRenja/recognise";
import { Grid } from "../../../../../src/core/grid/grid";
import { BuiltEr } from "./erSheet";

export function erModel(grid: Grid): EvaluasiRenjaModel {
  const result = recogniseEvaluasiRenja(new CellReader(grid));
  if (!result.model) throw new Error(result.reason);
  return result.model;
}

/** Every node of the budget tree in sheet order, each with its parent's cell. */
export function erNodes(model: EvaluasiRenjaModel): { node: ErNode; parent: string | null }[] {
  const out: { node: ErNode; parent: string | null }[] = [];
  const walk = (node: ErNode, parent: string | null) => {
    out.push({ node, parent });
    const children: ErNode[] = [];
    if (node.level === "urusan") children.push(...node.bidang, ...node.program);
    if (node.level === "bidang") children.push(...node.program);
    if (node.level === "program") children.push(...node.kegiatan);
    if (node.level === "kegiatan") children.push(...node.subKegiatan);
    for (const c of children) walk(c, node.cell);
  };
  for (const u of model.urusan) walk(u, null);
  for (const b of model.bidang) walk(b, null);
  for (const p of model.program) walk(p, null);
  return out.sort((a, b) => a.node.row - b.node.row);
}

/** `D12 program` per node, in sheet order: the level of every row. */
export function levelsOf(model: EvaluasiRenjaModel): string[] {
  return erNodes(model).map(({ node }) => `${node.cell} ${node.level}`);
}

export function expectedLevels(built: BuiltEr): string[] {
  return built.nodes.map((n) => `${n.cell} ${n.level}`);
}
