/**
 * Read access to the parts of an OOXML package (an .xlsx/.xlsm zip), by part name without a leading slash
 * (`xl/workbook.xml`). Implemented over the unzipped bytes; readers never see the zip itself.
 */
export interface PackageParts {
  /** Every part name in the package, in zip order. */
  names(): string[];
  has(name: string): boolean;
  /** The part's bytes, null when absent. */
  bytes(name: string): Uint8Array | null;
  /** The part decoded as UTF-8 text, null when absent. */
  text(name: string): string | null;
}

/** A PackageParts over a plain map of part name → bytes (tests, and the unzipped package). */
export function partsFromMap(map: ReadonlyMap<string, Uint8Array>): PackageParts {
  const decoder = new TextDecoder("utf-8");
  return {
    names: () => [...map.keys()],
    has: (name) => map.has(name),
    bytes: (name) => map.get(name) ?? null,
    text: (name) => {
      const bytes = map.get(name);
      return bytes ? decoder.decode(bytes) : null;
    },
  };
}
