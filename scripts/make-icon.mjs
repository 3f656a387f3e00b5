// Draws images/icon.png (128x128): a page with a check mark on UN blue. Kept as code so the
// icon can be remade without an image editor: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= N || y >= N) return;
  const i = (y * N + x) * 4;
  px.set([r, g, b, a], i);
};
const blue = [0, 158, 219];
const white = [255, 255, 255];
const line = [160, 190, 210];
const green = [46, 160, 67];
for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    // Rounded square background.
    const r = 22;
    const cx = Math.min(Math.max(x, r), N - 1 - r);
    const cy = Math.min(Math.max(y, r), N - 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) set(x, y, blue);
  }
}
for (let y = 22; y < 106; y++) for (let x = 30; x < 90; x++) set(x, y, white);
for (const y of [38, 48, 58, 68]) for (let x = 38; x < 82; x++) for (let t = 0; t < 4; t++) set(x, y + t, line);
// Check mark: two thick strokes.
const stroke = (x0, y0, x1, y1, w) => {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 2;
  for (let s = 0; s <= steps; s++) {
    const x = x0 + ((x1 - x0) * s) / steps;
    const y = y0 + ((y1 - y0) * s) / steps;
    for (let dy = -w; dy <= w; dy++) for (let dx = -w; dx <= w; dx++) if (dx * dx + dy * dy <= w * w) set(Math.round(x + dx), Math.round(y + dy), green);
  }
};
stroke(66, 88, 80, 102, 6);
stroke(80, 102, 108, 66, 6);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
