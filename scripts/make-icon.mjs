// Draws images/icon.png (128×128) without any image tool: a rounded tile in Cisco-like blues with
// three "configuration lines" and a check mark, rasterised with 4×4 supersampling and written by a
// minimal PNG encoder (zlib from Node). Re-run after changing the drawing: node scripts/make-icon.mjs
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;

// Signed-distance helpers: negative inside the shape.
const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  const inside = x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const d = Math.hypot(x - cx, y - cy) - r;
  return inside && (x < x0 + r || x > x1 - r) && (y < y0 + r || y > y1 - r) ? d : inside ? -1 : Math.max(d, 0.0001);
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - w / 2;
};
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Colour (RGBA 0..255) of one sample point. */
function shade(x, y) {
  if (roundedRect(x, y, 4, 4, 124, 124, 22) > 0) return [0, 0, 0, 0];
  let c = mix([13, 39, 77], [4, 159, 217], (x + y) / 256);
  for (const [i, len] of [
    [0, 62],
    [1, 46],
    [2, 54],
  ]) {
    if (segment(x, y, 24, 36 + i * 22, 24 + len, 36 + i * 22, 9) <= 0) c = [255, 255, 255];
  }
  const bx = 92,
    by = 86;
  if (Math.hypot(x - bx, y - by) <= 24) c = [108, 192, 74];
  if (segment(x, y, bx - 11, by, bx - 3, by + 9, 7) <= 0 || segment(x, y, bx - 3, by + 9, bx + 12, by - 9, 7) <= 0) c = [255, 255, 255];
  return [...c, 255];
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter type: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        // Premultiplied accumulation keeps anti-aliased edges from darkening.
        acc[0] += (c[0] * c[3]) / 255;
        acc[1] += (c[1] * c[3]) / 255;
        acc[2] += (c[2] * c[3]) / 255;
        acc[3] += c[3];
      }
    }
    const a = acc[3] / (SS * SS);
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round((acc[i] / (SS * SS)) * (255 / a)) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../images/icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
