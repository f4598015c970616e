/**
 * Draws the add-in icons (a rising bar chart on a teal tile) and writes assets/icon-{16,32,64,80}.png, the sizes the
 * manifest references. No image library: shapes are sampled 4×4 per pixel and encoded as RGBA PNG with zlib.
 * Run: npm run icons
 */
import { writeFileSync } from "fs";
import path from "path";
import { deflateSync } from "zlib";

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = [number, number, number, number];

const TILE: Rgba = [15, 107, 92, 255];
const BAR: Rgba = [255, 255, 255, 255];
const CORNER_RADIUS = 0.18;
/** x from, x to, top; every bar stands on y = 0.80 (unit square, y down). */
const BARS: [number, number, number][] = [
  [0.2, 0.34, 0.58],
  [0.43, 0.57, 0.42],
  [0.66, 0.8, 0.22],
];
const SAMPLES = 4;

function insideTile(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function colourAt(x: number, y: number): Rgba | null {
  if (!insideTile(x, y)) return null;
  const onBar = BARS.some(([x0, x1, top]) => x >= x0 && x < x1 && y >= top && y < 0.8);
  return onBar ? BAR : TILE;
}

function pixel(size: number, px: number, py: number): Rgba {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
      if (!c) continue;
      // Premultiplied, so edge pixels blend towards transparent rather than towards black.
      for (let i = 0; i < 3; i++) sum[i] += c[i] * (c[3] / 255);
      sum[3] += c[3];
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = sum[3] / n;
  if (alpha === 0) return [0, 0, 0, 0];
  const unpremultiply = (v: number) => Math.round(v / n / (alpha / 255));
  return [unpremultiply(sum[0]), unpremultiply(sum[1]), unpremultiply(sum[2]), Math.round(alpha)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const start = y * (1 + size * 4);
    rows[start] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(rows, start + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const assets = path.resolve(__dirname, "../assets");
  for (const size of ICON_SIZES) {
    const file = path.join(assets, `icon-${size}.png`);
    writeFileSync(file, drawIconPng(size));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}
