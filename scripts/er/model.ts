/**
 * The budget tree an Evaluasi Renja sheet is rendered from: program → kegiatan → sub kegiatan, each with its
 * indikator (K) and, on sub kegiatan, the Rp figures. Parents' Rp figures are the sums of their children.
 */
export type ErLevel = "program" | "kegiatan" | "subKegiatan";

/** K figures of one indikator: targets and realisasi per triwulan (null = not reported yet). */
export interface ErIndikator {
  name: string;
  satuan: string;
  renstraTarget: number;
  renstraLalu: number;
  target: number;
  realisasi: (number | null)[];
}

/** Rp figures of a sub kegiatan for one sheet. */
export interface ErAnggaran {
  renstraTarget: number;
  renstraLalu: number;
  pagu: number;
  realisasi: (number | null)[];
}

export interface ErNode {
  id: string;
  level: ErLevel;
  kode: string;
  name: string;
  indikator: ErIndikator[];
  children: ErNode[];
  /** Sub kegiatan only. */
  anggaran?: ErAnggaran;
  unit?: string;
  ket?: string;
}

/** Visi, misi, sasaran RPJMD, tujuan PD and sasaran PD a node's row belongs to. */
export interface ErContext {
  visi?: string;
  misi?: string;
  sasaranRpjmd?: string;
  tujuan?: string;
  sasaran?: string;
}

export function walk(node: ErNode, visit: (n: ErNode, parent: ErNode | null) => void, parent: ErNode | null = null) {
  visit(node, parent);
  for (const c of node.children) walk(c, visit, node);
}

export function leaves(node: ErNode): ErNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leaves);
}

const CHILD_LEVEL: Record<ErLevel, ErLevel | null> = {
  program: "kegiatan",
  kegiatan: "subKegiatan",
  subKegiatan: null,
};

export function childLevel(level: ErLevel): ErLevel | null {
  return CHILD_LEVEL[level];
}
