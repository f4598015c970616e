import type { FakeContext, OpResult } from "./context";
import { jsonLength, STATEMENT_BYTES } from "./context";
import { officeErrors, unsupported } from "./errors";
import type { FakeSheet } from "./model";

type Resolution<T> = { ok: true; value: T | null } | { ok: false; error: unknown };

export type LoadArg = string | string[] | { select?: string | string[] } | undefined;

/** Property names of a load() argument: "a, b", ["a", "b"], { select }, with collection paths "items/a". */
export function loadedNames(arg: LoadArg, all: readonly string[]): string[] {
  if (arg === undefined) return [...all];
  const raw = typeof arg === "string" || Array.isArray(arg) ? arg : (arg.select ?? []);
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((s) => s.split(","));
  return list.map((s) => s.trim().replace(/^items\//, "")).filter((s) => s.length > 0);
}

/**
 * The proxy semantics of OfficeExtension.ClientObject: a property can be read only after load() and sync();
 * writes and methods are queued and run, in order, at sync(); isNullObject is known only after a sync.
 * `T` is the model object the proxy stands for, found when the statement that created the proxy runs.
 */
export abstract class FakeClientObject<T> {
  protected readonly loadedProps = new Map<string, unknown>();
  private resolution: Resolution<T> | undefined;
  private nullAfterSync: boolean | undefined;

  protected constructor(
    readonly context: FakeContext,
    protected readonly typeName: string,
    private readonly resolver: () => T | null,
    eager: boolean,
  ) {
    context.register(this as FakeClientObject<unknown>);
    if (eager) {
      context.enqueue({ requestBytes: STATEMENT_BYTES, rangeOp: false, run: () => this.resolveNow() });
    }
  }

  /** Properties this proxy can load, and what load() without arguments loads. */
  protected abstract readonly loadable: readonly string[];
  protected abstract readProperty(target: T, name: string): unknown;
  /** The sheet a statement on this proxy touches: for protection checks and write records. */
  protected abstract sheetOf(target: T): FakeSheet | null;
  protected addressOf(_target: T): string | undefined {
    return undefined;
  }
  /** Cells whose data a load of `name` reads (0 for scalar properties). */
  protected cellsRead(_target: T, _name: string): number {
    return 0;
  }
  /** Whether writes through this proxy change cells (so sheet protection applies). */
  protected get touchesCells(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullAfterSync === undefined) throw officeErrors.propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullAfterSync;
  }

  load(arg?: LoadArg): this {
    const names = loadedNames(arg, this.loadable);
    for (const name of names) {
      if (!this.loadable.includes(name)) throw unsupported(`${this.typeName}.load("${name}")`);
    }
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES,
      rangeOp: false,
      run: (): OpResult => {
        const target = this.target();
        if (target === null) return {};
        const values = names.map((name): [string, unknown] => [name, this.readProperty(target, name)]);
        return {
          responseBytes: jsonLength(Object.fromEntries(values)),
          cells: names.reduce((n, name) => n + this.cellsRead(target, name), 0),
          commit: () => values.forEach(([name, v]) => this.loadedProps.set(name, v)),
        };
      },
    });
    return this;
  }

  /**
   * A collection's load(): its items, made by `items` when the request runs, each with the named properties, and
   * `items` set on the collection after the sync.
   */
  protected loadItems<I extends FakeClientObject<unknown>>(
    typeName: string,
    arg: LoadArg,
    props: readonly string[],
    items: () => I[],
  ): this {
    const names = loadedNames(arg, props);
    for (const n of names) if (!props.includes(n)) throw unsupported(`${typeName}.load("${n}")`);
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES,
      rangeOp: false,
      run: () => {
        const list = items();
        const snapshots = list.map((item) => item.snapshot(names));
        return {
          responseBytes: jsonLength(snapshots.map((s) => Object.fromEntries(s.values))),
          commit: () => {
            snapshots.forEach((s) => s.commit());
            this.loadedProps.set("items", list);
          },
        };
      },
    });
    return this;
  }

  /** Read properties now, for a collection's load (its items are loaded with it). */
  snapshot(names: string[]): { values: [string, unknown][]; commit: () => void } {
    const target = this.need();
    const values = names.map((name): [string, unknown] => [name, this.readProperty(target, name)]);
    return { values, commit: () => values.forEach(([name, v]) => this.loadedProps.set(name, v)) };
  }

  /** Called by the context after every successful sync. */
  afterSync(): void {
    if (this.nullAfterSync !== undefined) return;
    if (!this.resolution) this.resolveNow();
    const r = this.resolution as Resolution<T>;
    this.nullAfterSync = r.ok && r.value === null;
  }

  /** Set the model object directly (a statement that creates it, e.g. worksheets.add, has run). */
  settle(value: T | null): void {
    this.resolution = { ok: true, value };
  }

  target(): T | null {
    if (!this.resolution) this.resolveNow();
    const r = this.resolution as Resolution<T>;
    if (!r.ok) throw r.error;
    return r.value;
  }

  protected need(): T {
    const t = this.target();
    if (t === null) throw officeErrors.invalidOperation(this.typeName, "The object is a null object.");
    return t;
  }

  protected prop<V>(name: string): V {
    if (!this.loadedProps.has(name)) throw officeErrors.propertyNotLoaded(this.typeName, name);
    return this.loadedProps.get(name) as V;
  }

  /** Queue a property set or a method call that changes the workbook. */
  protected queueWrite(member: string, payload: unknown, apply: (target: T) => OpResult | void): void {
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES + jsonLength(payload),
      rangeOp: this.touchesCells,
      run: () => {
        const target = this.need();
        const sheet = this.sheetOf(target);
        if (sheet?.deleted) throw officeErrors.itemNotFound(`${this.typeName}.${member}`);
        if (sheet?.protected && this.touchesCells) throw officeErrors.accessDenied(`${this.typeName}.${member}`);
        const result = apply(target);
        if (sheet) {
          this.context.stats.writes.push({
            request: this.context.requestIndex - 1,
            sheet: sheet.name,
            object: this.typeName,
            member,
            address: this.addressOf(target),
          });
        }
        return result;
      },
    });
  }

  /** Queue a statement that changes no data (activate, select). */
  protected queueAction(payload: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      requestBytes: STATEMENT_BYTES + jsonLength(payload),
      rangeOp: false,
      run: () => apply(this.need()),
    });
  }

  private resolveNow(): void {
    try {
      this.resolution = { ok: true, value: this.resolver() };
    } catch (error) {
      this.resolution = { ok: false, error };
    }
  }
}

/** A count read in the next sync (`getCount()`): its value throws until then, as Office.js's ClientResult does. */
export function countResult(context: FakeContext, count: () => number): { value: number } {
  let read: number | undefined;
  context.enqueue({
    requestBytes: STATEMENT_BYTES,
    rangeOp: false,
    run: () => {
      const n = count();
      return { responseBytes: String(n).length, commit: () => void (read = n) };
    },
  });
  return {
    get value(): number {
      if (read === undefined) throw officeErrors.valueNotLoaded();
      return read;
    },
  };
}
