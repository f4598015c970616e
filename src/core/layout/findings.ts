/** A name (or a cell's text) shortened for a sentence: at most `max` characters, the last one `…`. */
export function shortenName(name: string, max = 60): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
