// Draws the extension's 128×128 icon (media/icon.png) reproducibly: the
// activity-bar glyph's three bars on a rounded tile, anti-aliased by 4×4
// supersampling, written as an RGBA PNG with node's zlib. Same input, same bytes.
// Run: npm run icon (`--check` only compares with the committed file).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Rounded rectangle test: is (x, y) inside? */
const inRoundRect = (x, y, r) => {
  const [x0, y0, x1, y1, radius] = r;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};

const tile = [4, 4, 124, 124, 22];
// Three bars, as in media/career-compare.svg, and a baseline.
const shapes = [
  { rect: [24, 62, 44, 100, 4], color: [255, 255, 255] },
  { rect: [54, 30, 74, 100, 4], color: [255, 196, 61] },
  { rect: [84, 48, 104, 100, 4], color: [255, 255, 255] },
  { rect: [18, 104, 110, 110, 3], color: [255, 255, 255] },
];

/** The tile's colour: a vertical blue gradient. */
const tileColor = (y) => {
  const t = y / SIZE;
  return [Math.round(20 + 10 * t), Math.round(110 - 40 * t), Math.round(200 - 50 * t)];
};

function pixel(px, py) {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!inRoundRect(x, y, tile)) continue;
      const shape = shapes.find((s) => inRoundRect(x, y, s.rect));
      const [cr, cg, cb] = shape ? shape.color : tileColor(y);
      r += cr;
      g += cg;
      b += cb;
      a += 1;
    }
  }
  // Colour averaged over covered samples; coverage is the alpha.
  return a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / SAMPLES ** 2)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = new URL('../media/icon.png', import.meta.url);
if (process.argv.includes('--check')) {
  // For the unit test: the committed icon is exactly what this script draws.
  const same = existsSync(target) && Buffer.compare(readFileSync(target), png) === 0;
  console.log(same ? 'media/icon.png is up to date' : 'media/icon.png differs from what scripts/makeIcon.mjs draws');
  process.exit(same ? 0 : 1);
}
writeFileSync(target, png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
