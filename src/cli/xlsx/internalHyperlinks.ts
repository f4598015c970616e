/**
 * exceljs 4.4.0 writes an internal link (`#'Sheet'!A1`) both as an external relationship and as a `location`
 * that still carries the `#`, which Excel turns into a broken address (exceljs issue #3027). On read it keeps only
 * links that have a relationship, so a link Excel itself wrote (`location` only) is dropped.
 *
 * This patch makes both sides follow the file format: internal links are written as `location` without `#` and
 * without a relationship, and read back as `#location`, so `cell.hyperlink` stays `#'Sheet'!A1` in memory.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface HyperlinkModel {
  address: string;
  target?: string;
  tooltip?: string;
  rId?: string;
}
interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface XmlStream {
  leafNode(name: string, attributes: Record<string, string | undefined>, text?: string): void;
}
type RenderFn = (xmlStream: XmlStream, model: HyperlinkModel) => void;
type PrepareFn = (model: { hyperlinks?: HyperlinkModel[]; rels?: Relationship[] }, options: unknown) => void;
type ReconcileFn = (model: { hyperlinks?: HyperlinkModel[]; relationships?: Relationship[] }, options: unknown) => void;

const HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
let installed = false;

const isInternal = (target: string | undefined): target is string => typeof target === "string" && target.startsWith("#");

export function installInternalHyperlinkFix(): void {
  if (installed) return;
  installed = true;
  const HyperlinkXform = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform");
  const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");

  const render: RenderFn = HyperlinkXform.prototype.render;
  HyperlinkXform.prototype.render = function (this: unknown, xmlStream: XmlStream, model: HyperlinkModel) {
    if (!isInternal(model.target)) return render.call(this, xmlStream, model);
    xmlStream.leafNode("hyperlink", { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
  };

  const prepare: PrepareFn = WorksheetXform.prototype.prepare;
  const patchedPrepare: PrepareFn = function (this: unknown, model, options) {
    prepare.call(this, model, options);
    const internalIds = new Set((model.hyperlinks ?? []).filter((h) => isInternal(h.target)).map((h) => h.rId));
    if (model.rels) model.rels = model.rels.filter((r) => !internalIds.has(r.Id));
  };
  WorksheetXform.prototype.prepare = patchedPrepare;

  const reconcile: ReconcileFn = WorksheetXform.prototype.reconcile;
  const patchedReconcile: ReconcileFn = function (this: unknown, model, options) {
    (model.hyperlinks ?? []).forEach((h, i) => {
      if (h.rId || !h.target) return;
      h.rId = `lkjipLocation${i}`;
      model.relationships = [...(model.relationships ?? []), { Id: h.rId, Type: HYPERLINK_REL, Target: `#${h.target}` }];
    });
    reconcile.call(this, model, options);
  };
  WorksheetXform.prototype.reconcile = patchedReconcile;
}
