/**
 * A compact, layout-independent outline of a recognised model (names, levels, numbers; no cells), and the same
 * outline computed from the data a sheet was laid out from. Equal outlines mean the tree was recovered.
 */
import { BudgetNode, MaybeNumber, PengukuranKinerjaModel } from "../../../../src/core/model/types";
import { parseIndonesianNumber } from "../../../../src/core/numbers/parseNumber";
import { BudgetRowData, TujuanData } from "./seedLayout";

const num = (n: MaybeNumber) => (n ? n.value.toString() : "∅");

function text(s: string): string {
  const p = parseIndonesianNumber(s);
  return p.kind === "number" ? p.value.toString() : "∅";
}

function budgetLine(tag: string, n: BudgetNode): string {
  return `${tag} ${n.name} | ${num(n.pagu)} ${n.anggaranKas.map(num).join(" ")} ${num(n.realisasi)} ${num(n.capaian)}`;
}

export function outlineModel(m: PengukuranKinerjaModel): string[] {
  const out: string[] = [];
  for (const t of m.tujuan) {
    out.push(`T ${t.no ?? ""} ${t.name}`);
    for (const s of t.sasaran) {
      out.push(`  S ${s.name}`);
      for (const i of s.indikator) {
        out.push(
          `    I ${i.name} [${i.formulasi.join(" / ")}] ${i.target.map(num).join(" ")} ${num(i.realisasi)} ${num(i.capaian)}`,
        );
      }
      for (const p of s.program) {
        out.push(budgetLine("    P", p));
        for (const k of p.kegiatan) {
          out.push(budgetLine("      K", k));
          for (const sk of k.subKegiatan) out.push(budgetLine("        SK", sk));
        }
      }
    }
  }
  return out;
}

const TAG = { program: "    P", kegiatan: "      K", subKegiatan: "        SK" } as const;

function dataBudgetLine(b: BudgetRowData): string {
  return `${TAG[b.level]} ${b.uraian} | ${text(b.pagu)} ${b.kas.map(text).join(" ")} ${text(b.realisasi)} ${text(b.capaian)}`;
}

export function outlineData(tujuan: TujuanData[], opts: { noColumn?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const t of tujuan) {
    out.push(`T ${opts.noColumn === false ? "" : t.no} ${t.name}`);
    for (const s of t.sasaran) {
      out.push(`  S ${s.name}`);
      for (const i of s.indikator) {
        out.push(
          `    I ${i.name} [${i.formulasi.join(" / ")}] ${i.target.map(text).join(" ")} ${text(i.realisasi)} ${text(i.capaian)}`,
        );
      }
      for (const b of s.budget) out.push(dataBudgetLine(b));
    }
  }
  return out;
}

/** Every budget node of a model, in sheet order. */
export function budgetNodes(m: PengukuranKinerjaModel): BudgetNode[] {
  return m.tujuan.flatMap((t) =>
    t.sasaran.flatMap((s) => s.program.flatMap((p) => [p, ...p.kegiatan.flatMap((k) => [k, ...k.subKegiatan])])),
  );
}
