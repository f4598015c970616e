/**
 * A worksheet as plain data (1-based rows and columns) before any writer sees it: values, formulas with their
 * results, number formats, styles and merges. The xlsx and HTML writers and the checker all read this.
 */
import { columnLetters as coreColumnLetters, toA1 } from "../../src/core/grid/address";
import { Formula } from "./formula";

export type CellValue = number | string | null;

/** A fill by theme colour and tint (the reader must resolve it) or by ARGB. */
export interface Fill {
  argb?: string;
  theme?: number;
  tint?: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: Fill;
  h?: "left" | "center" | "right";
  v?: "top" | "middle";
  wrap?: boolean;
  border?: boolean;
}

export interface Cell {
  value: CellValue;
  formula?: Formula;
  numFmt?: string;
  style?: CellStyle;
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based column to letters (the core's helpers count from 0). */
export function columnLetters(col: number): string {
  return coreColumnLetters(col - 1);
}

/** 1-based row and column to an A1 address. */
export function address(row: number, col: number): string {
  return toA1(row - 1, col - 1);
}

export class ErSheet {
  readonly cells = new Map<string, Cell>();
  readonly merges: Merge[] = [];
  readonly heights = new Map<number, number>();
  widths: number[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, cell: Cell): void {
    this.cells.set(address(row, col), cell);
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(address(row, col));
  }

  /** Add style properties to a cell, creating an empty one if needed. */
  style(row: number, col: number, style: CellStyle): void {
    const cell = this.get(row, col) ?? { value: null };
    cell.style = { ...cell.style, ...style };
    this.set(row, col, cell);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom === top && right === left) return;
    this.merges.push({ top, left, bottom, right });
  }

  lastRow(): number {
    let max = 0;
    for (const key of this.cells.keys()) max = Math.max(max, Number(/\d+$/.exec(key)![0]));
    return max;
  }
}
