/**
 * Draws the add-in's ribbon and store icons as PNG files with Node alone (zlib for the PNG
 * data, no image library): a roadmap table with a check mark, and the same table with a cross
 * for "Снять выделение". Shapes are sampled 4×4 per pixel for smooth edges.
 *
 * Run: npx tsx assets/make-icons.ts   (writes assets/icon-*.png and assets/clear-*.png)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type RGBA = [number, number, number, number];
/** A shape in unit coordinates (0..1 across the icon): the colour at a point, or null. */
type Shape = (x: number, y: number) => RGBA | null;

const GREEN: RGBA = [33, 115, 70, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const PALE: RGBA = [198, 239, 206, 255];
const RED: RGBA = [192, 0, 0, 255];

function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
  color: RGBA,
): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return null;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r ? color : null;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number, color: RGBA): Shape {
  return (x, y) => (x >= x0 && x <= x1 && y >= y0 && y <= y1 ? color : null);
}

/** A thick line from (ax, ay) to (bx, by). */
function stroke(ax: number, ay: number, bx: number, by: number, width: number, color: RGBA): Shape {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const px = ax + t * dx - x;
    const py = ay + t * dy - y;
    return px * px + py * py <= (width / 2) ** 2 ? color : null;
  };
}

/** The table: a white sheet with a header band and grid lines, on the Excel green tile. */
const TABLE: Shape[] = [
  roundedRect(0.02, 0.02, 0.98, 0.98, 0.16, GREEN),
  rect(0.16, 0.18, 0.84, 0.82, WHITE),
  rect(0.16, 0.18, 0.84, 0.34, PALE),
  ...[0.34, 0.5, 0.66].map((y) => rect(0.16, y - 0.015, 0.84, y + 0.015, GREEN)),
  rect(0.4 - 0.015, 0.18, 0.4 + 0.015, 0.82, GREEN),
];

const CHECK: Shape[] = [
  stroke(0.48, 0.66, 0.62, 0.8, 0.16, WHITE),
  stroke(0.62, 0.8, 0.9, 0.46, 0.16, WHITE),
  stroke(0.48, 0.66, 0.62, 0.8, 0.08, GREEN),
  stroke(0.62, 0.8, 0.9, 0.46, 0.08, GREEN),
];

const CROSS: Shape[] = [
  stroke(0.52, 0.52, 0.88, 0.88, 0.16, WHITE),
  stroke(0.88, 0.52, 0.52, 0.88, 0.16, WHITE),
  stroke(0.52, 0.52, 0.88, 0.88, 0.08, RED),
  stroke(0.88, 0.52, 0.52, 0.88, 0.08, RED),
];

function render(shapes: Shape[], size: number): Buffer {
  const SS = 4;
  const pixels = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const rowStart = py * (size * 4 + 1);
    pixels[rowStart] = 0; // PNG filter type "None"
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let color: RGBA | null = null;
          for (const s of shapes) color = s(x, y) ?? color; // later shapes paint over earlier ones
          if (color) {
            acc[0] += color[0] * color[3];
            acc[1] += color[1] * color[3];
            acc[2] += color[2] * color[3];
            acc[3] += color[3];
          }
        }
      }
      const o = rowStart + 1 + px * 4;
      const alpha = acc[3] / (SS * SS);
      for (let i = 0; i < 3; i++) pixels[o + i] = acc[3] === 0 ? 0 : Math.round(acc[i] / acc[3]);
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return png(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = __dirname;
for (const size of [16, 32, 64, 80]) {
  writeFileSync(join(dir, `icon-${size}.png`), render([...TABLE, ...CHECK], size));
}
for (const size of [16, 32, 80]) {
  writeFileSync(join(dir, `clear-${size}.png`), render([...TABLE, ...CROSS], size));
}
