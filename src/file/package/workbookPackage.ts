import { AppProperties, APP_PART } from "./appProperties";
import { ContentTypes, CONTENT_TYPES_PART, EMPTY_CONTENT_TYPES, TYPES } from "./contentTypes";
import { PackageParts, partsFromMap } from "./packageParts";
import { REL, Relationships, relsPartOf, resolveTarget } from "./relationships";
import { StyleSheet } from "./styleSheet";
import { WorkbookXml } from "./workbookXml";
import { Flavor } from "../ooxml/flavor";
import { DEFAULT_LIMITS, PackageLimits, unzipPackage, UnzipProgressFn, zipPackage } from "./zipArchive";
import { StoredEntry } from "./zipDirectory";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** A package is missing a part it cannot work without; the caller names the file. */
export class PackageStructureError extends Error {}

/**
 * An unzipped .xlsx/.xlsm held as its parts. Parts are only ever replaced by what an editor serialises when that
 * editor changed something; every other part leaves as the same bytes it came in with.
 */
export class WorkbookPackage {
  readonly workbookPart: string;
  private readonly dirty = new Set<string>();
  private contentTypesEditor?: ContentTypes;
  private workbookEditor?: WorkbookXml;
  private workbookRelsEditor?: Relationships;
  private stylesEditor?: StyleSheet;
  private appEditor?: AppProperties | null;

  private constructor(
    private readonly partMap: Map<string, Uint8Array>,
    /** The parts' data as the input zip stored it: an unchanged part leaves as these bytes. */
    private readonly stored: ReadonlyMap<string, StoredEntry> = new Map(),
  ) {
    const rels = Relationships.parse(this.text("_rels/.rels"), "_rels/.rels");
    const office = rels.byType(REL.officeDocument)[0] ?? rels.all().find((r) => /officeDocument$/.test(r.type));
    this.workbookPart = office ? resolveTarget("", office.target) : "xl/workbook.xml";
    if (!this.partMap.has(this.workbookPart)) throw new PackageStructureError(`bagian ${this.workbookPart} tidak ada`);
  }

  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, onUnzip?: UnzipProgressFn): WorkbookPackage {
    const { parts, stored } = unzipPackage(bytes, limits, onUnzip);
    return new WorkbookPackage(parts, stored);
  }

  static fromParts(parts: Map<string, Uint8Array>): WorkbookPackage {
    return new WorkbookPackage(parts);
  }

  /** Read access for the reader (src/file/xlsx); it sees the parts as they are now. */
  get parts(): PackageParts {
    this.flush();
    return partsFromMap(this.partMap);
  }

  has(part: string): boolean {
    return this.partMap.has(part);
  }

  text(part: string): string | null {
    const bytes = this.partMap.get(part);
    return bytes ? decoder.decode(bytes) : null;
  }

  setText(part: string, text: string): void {
    this.partMap.set(part, encoder.encode(text));
  }

  remove(part: string): void {
    this.partMap.delete(part);
  }

  contentTypes(): ContentTypes {
    return (this.contentTypesEditor ??= ContentTypes.parse(this.text(CONTENT_TYPES_PART) ?? EMPTY_CONTENT_TYPES));
  }

  /** Transitional or strict: the spelling of every part this package gets added. */
  get flavor(): Flavor {
    return this.workbook().flavor;
  }

  workbook(): WorkbookXml {
    return (this.workbookEditor ??= WorkbookXml.parse(this.text(this.workbookPart) ?? "", this.workbookPart));
  }

  workbookRels(): Relationships {
    const part = relsPartOf(this.workbookPart);
    return (this.workbookRelsEditor ??= Relationships.parse(this.text(part), part));
  }

  styles(): StyleSheet {
    if (this.stylesEditor) return this.stylesEditor;
    const rel = this.workbookRels().byType(REL.styles)[0];
    const part = rel ? resolveTarget(this.workbookPart, rel.target) : null;
    this.stylesEditor = StyleSheet.parse(part ? this.text(part) : null, part ?? "xl/styles.xml");
    return this.stylesEditor;
  }

  app(): AppProperties | null {
    if (this.appEditor === undefined) {
      const text = this.text(APP_PART);
      this.appEditor = text ? AppProperties.parse(text) : null;
    }
    return this.appEditor;
  }

  /** Say that an editor's document changed, so it is written back. */
  touch(editor: "contentTypes" | "workbook" | "workbookRels" | "app"): void {
    this.dirty.add(editor);
  }

  /** The part of a sheet listed in workbook.xml, by its relationship; null when the relationship is missing. */
  sheetPart(index: number): string | null {
    const entry = this.workbook().sheets()[index];
    const rel = entry ? this.workbookRels().byId(entry.rId) : null;
    return rel ? resolveTarget(this.workbookPart, rel.target) : null;
  }

  /** A part name in `folder` not yet used: `xl/worksheets/sheet7.xml`. */
  freePartName(folder: string, stem: string, ext: string): string {
    for (let i = 1; ; i++) {
      const name = `${folder}/${stem}${i}.${ext}`;
      if (!this.partMap.has(name) && this.contentTypes().typeOf(name) !== TYPES.worksheet) return name;
    }
  }

  /** Write every changed editor back into its part. */
  flush(): void {
    if (this.dirty.has("contentTypes") && this.contentTypesEditor)
      this.setText(CONTENT_TYPES_PART, this.contentTypesEditor.toXml());
    if (this.dirty.has("workbook") && this.workbookEditor) this.setText(this.workbookPart, this.workbookEditor.toXml());
    if (this.dirty.has("workbookRels") && this.workbookRelsEditor)
      this.setText(this.workbookRelsEditor.part, this.workbookRelsEditor.toXml());
    if (this.dirty.has("app") && this.appEditor) this.setText(APP_PART, this.appEditor.toXml());
    if (this.stylesEditor?.modified) this.flushStyles(this.stylesEditor);
    this.dirty.clear();
  }

  private flushStyles(styles: StyleSheet): void {
    let rel = this.workbookRels().byType(REL.styles)[0];
    if (!rel) {
      this.workbookRels().add(this.flavor.relType("styles"), "styles.xml");
      this.contentTypes().setOverride(resolveTarget(this.workbookPart, "styles.xml"), TYPES.styles);
      rel = this.workbookRels().byType(REL.styles)[0];
      this.setText(this.workbookRelsEditor?.part ?? relsPartOf(this.workbookPart), this.workbookRels().toXml());
      this.setText(CONTENT_TYPES_PART, this.contentTypes().toXml());
    }
    this.setText(resolveTarget(this.workbookPart, rel.target), styles.toXml());
  }

  /**
   * An independent package with the same parts as this one now. The parts' bytes are shared: a write replaces a
   * part's bytes (setText, remove), never changes them, so neither side sees the other's writes.
   */
  copy(): WorkbookPackage {
    this.flush();
    return new WorkbookPackage(new Map(this.partMap), this.stored);
  }

  toBytes(): Uint8Array {
    this.flush();
    return zipPackage(this.partMap, this.stored);
  }
}
