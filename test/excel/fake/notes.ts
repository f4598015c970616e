/**
 * Cell notes (ExcelApi 1.18) for the in-memory Excel: `worksheet.notes.add(address, content)`, `notes.load("items/content")`
 * and `note.delete()`, and reading them back.
 * Installed onto the fake's worksheet and range by installNotes(), so the fake's own files stay as they are;
 * `range.clear("All")` takes the notes in its range with it, as Excel's Clear All does.
 */
import { parseRangeAddress } from "./addresses";
import { FakeClientObject, LoadArg } from "./clientObject";
import type { FakeContext } from "./context";
import { officeErrors } from "./errors";
import type { FakeClearApplyTo, FakeSheet } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

const NOTES = new WeakMap<FakeSheet, Map<string, string>>();

/** The notes of a sheet by cell address (`D12`). */
export function notesOf(sheet: FakeSheet): Map<string, string> {
  let notes = NOTES.get(sheet);
  if (!notes) NOTES.set(sheet, (notes = new Map()));
  return notes;
}

export class FakeNoteCollection extends FakeClientObject<FakeSheet> {
  protected readonly loadable = [] as const;

  constructor(context: FakeContext, resolver: () => FakeSheet | null) {
    super(context, "NoteCollection", resolver, false);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected sheetOf(t: FakeSheet): FakeSheet {
    return t;
  }

  add(cellAddress: string, content: string): void {
    this.queueWrite("add", { cellAddress, content }, (sheet) => {
      const rect = parseRangeAddress(cellAddress);
      if (rect.top !== rect.bottom || rect.left !== rect.right) {
        throw officeErrors.invalidArgument("NoteCollection.add", "The note must be on a single cell.");
      }
      const notes = notesOf(sheet);
      const key = cellAddress.replace(/\$/g, "").toUpperCase();
      if (notes.has(key)) throw officeErrors.invalidArgument("NoteCollection.add", `Cell ${key} already has a note.`);
      notes.set(key, content);
    });
  }

  load(arg?: LoadArg): this {
    return this.loadItems("NoteCollection", arg, NOTE_PROPS, () => {
      const sheet = this.need();
      return [...notesOf(sheet).keys()].map((key) => {
        const proxy = new FakeNote(this.context, () => ({ sheet, key }));
        proxy.settle({ sheet, key });
        return proxy;
      });
    });
  }

  get items(): FakeNote[] {
    return this.prop("items");
  }
}

const NOTE_PROPS = ["content"] as const as readonly string[];

interface NoteTarget {
  sheet: FakeSheet;
  key: string;
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  protected readonly loadable = NOTE_PROPS;

  constructor(context: FakeContext, resolver: () => NoteTarget | null) {
    super(context, "Note", resolver, false);
  }

  protected sheetOf(t: NoteTarget): FakeSheet {
    return t.sheet;
  }

  protected readProperty(t: NoteTarget): unknown {
    return notesOf(t.sheet).get(t.key);
  }

  get content(): string {
    return this.prop("content");
  }

  delete(): void {
    this.queueWrite("delete", null, (t) => {
      if (!notesOf(t.sheet).delete(t.key)) throw officeErrors.itemNotFound("Note.delete");
    });
  }
}

let installed = false;

export function installNotes(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(FakeWorksheet.prototype, "notes", {
    get(this: FakeWorksheet) {
      return new FakeNoteCollection(this.context, () => this.target());
    },
  });
  const clear = FakeRange.prototype.clear;
  FakeRange.prototype.clear = function (this: FakeRange, applyTo: FakeClearApplyTo = "All") {
    clear.call(this, applyTo);
    if (applyTo !== "All") return;
    this.context.enqueue({
      requestBytes: 0,
      rangeOp: false,
      run: () => {
        const target = this.target();
        if (!target) return {};
        const notes = notesOf(target.sheet);
        for (const key of [...notes.keys()]) {
          const at = parseRangeAddress(key);
          const r = target.rect;
          if (at.top >= r.top && at.top <= r.bottom && at.left >= r.left && at.left <= r.right) notes.delete(key);
        }
        return {};
      },
    });
  };
}
