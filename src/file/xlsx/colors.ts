import { ThemeColors } from "./theme";

/** The attributes of a CT_Color (`<fgColor rgb="FFD9E1F2"/>`, `<bgColor theme="4" tint="0.3999"/>`, …). */
export interface ColorAttrs {
  rgb?: string | null;
  theme?: string | null;
  indexed?: string | null;
  tint?: string | null;
  auto?: string | null;
}

export interface ColorContext {
  theme: ThemeColors;
  /** The legacy palette, `RRGGBB` by index: the default one or the package's own `<indexedColors>`. */
  indexed: readonly string[];
}

/**
 * The legacy indexed palette (ECMA-376 §18.8.27): 0–7 and 8–63 as Excel knows them; 64 is the system foreground
 * (automatic text colour) and 65 the system background.
 */
export const DEFAULT_INDEXED_COLORS: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
  "000000", "FFFFFF",
]; // prettier-ignore

export const SYSTEM_FOREGROUND = 64;
export const SYSTEM_BACKGROUND = 65;

/**
 * A colour as `#RRGGBB`, or undefined when the attributes name none. ARGB's alpha is ignored, as Excel ignores it
 * for cell fills (openpyxl writes `00FFFF00` for an opaque yellow). `auto` is the system foreground.
 */
export function resolveColor(c: ColorAttrs, context: ColorContext): string | undefined {
  let rgb: string | undefined;
  if (c.rgb && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(c.rgb)) rgb = c.rgb.slice(-6).toUpperCase();
  else if (c.theme != null && /^\d+$/.test(c.theme)) rgb = context.theme[Number(c.theme)];
  else if (c.indexed != null && /^\d+$/.test(c.indexed)) rgb = context.indexed[Number(c.indexed)];
  else if (c.auto === "1" || c.auto === "true") rgb = context.indexed[SYSTEM_FOREGROUND];
  if (rgb === undefined) return undefined;
  const tint = c.tint ? Number(c.tint) : 0;
  return `#${tint && Number.isFinite(tint) ? applyTint(rgb, tint) : rgb}`;
}

/** Excel's HLS scale: Windows' ColorRGBToHLS works in 0–240, not the 0–255 the spec's text names. */
const HLS_MAX = 240;
const RGB_MAX = 255;
/** Excel keeps a tint as a signed 16-bit fraction: 80% is written `0.79998168889431442` (26214/32767). */
const TINT_STEP = 1 / 32767;

/**
 * A tint applied to an `RRGGBB` colour as Excel displays it (ECMA-376 §18.8.19 `tint`): the luminance moves toward
 * white (tint > 0: L·(1−tint) + HLSMAX·tint) or black (tint < 0: L·(1+tint)) with hue and saturation kept, in
 * Windows' integer HLS space. Matches Excel's palette ("Accent 1, Lighter 80%" of 4472C4 is D9E1F2): computing in
 * floating point, or on the 0–255 scale, misses most palette entries by one step.
 */
export function applyTint(rgb: string, tint: number): string {
  const whole = Math.round(tint * 100) / 100;
  const t = Math.abs(tint - whole) <= TINT_STEP ? whole : tint;
  const { h, l, s } = rgbToHls(
    parseInt(rgb.slice(0, 2), 16),
    parseInt(rgb.slice(2, 4), 16),
    parseInt(rgb.slice(4, 6), 16),
  );
  const moved = t < 0 ? l * (1 + t) : l * (1 - t) + HLS_MAX * t;
  return hlsToRgb(h, Math.min(HLS_MAX, Math.max(0, Math.trunc(moved))), s);
}

const div = (a: number, b: number) => Math.floor(a / b);

function rgbToHls(r: number, g: number, b: number): { h: number; l: number; s: number } {
  const hi = Math.max(r, g, b);
  const lo = Math.min(r, g, b);
  const sum = hi + lo;
  const span = hi - lo;
  const l = div(sum * HLS_MAX + RGB_MAX, 2 * RGB_MAX);
  if (span === 0) return { h: 0, l, s: 0 };
  const s =
    l <= HLS_MAX / 2
      ? div(span * HLS_MAX + div(sum, 2), sum)
      : div(span * HLS_MAX + div(2 * RGB_MAX - sum, 2), 2 * RGB_MAX - sum);
  const distance = (c: number) => div((hi - c) * (HLS_MAX / 6) + div(span, 2), span);
  let h: number;
  if (r === hi) h = distance(b) - distance(g);
  else if (g === hi) h = HLS_MAX / 3 + distance(r) - distance(b);
  else h = (2 * HLS_MAX) / 3 + distance(g) - distance(r);
  return { h: ((h % HLS_MAX) + HLS_MAX) % HLS_MAX, l, s };
}

function hlsToRgb(h: number, l: number, s: number): string {
  const upper =
    l <= HLS_MAX / 2 ? div(l * (HLS_MAX + s) + HLS_MAX / 2, HLS_MAX) : l + s - div(l * s + HLS_MAX / 2, HLS_MAX);
  const lower = 2 * l - upper;
  const channel = (offset: number) => {
    const level = hueLevel(lower, upper, h + offset);
    const v = Math.min(RGB_MAX, Math.max(0, div(level * RGB_MAX + HLS_MAX / 2, HLS_MAX)));
    return v.toString(16).toUpperCase().padStart(2, "0");
  };
  return channel(HLS_MAX / 3) + channel(0) + channel(-HLS_MAX / 3);
}

function hueLevel(lower: number, upper: number, hue: number): number {
  const h = ((hue % HLS_MAX) + HLS_MAX) % HLS_MAX;
  const sixth = HLS_MAX / 6;
  if (h < sixth) return lower + div((upper - lower) * h + HLS_MAX / 12, sixth);
  if (h < HLS_MAX / 2) return upper;
  if (h < (2 * HLS_MAX) / 3) return lower + div((upper - lower) * ((2 * HLS_MAX) / 3 - h) + HLS_MAX / 12, sixth);
  return lower;
}
