#!/usr/bin/env node
// Draws images/icon.png (128×128): two routers joined by a tunnel, with a padlock over it.
// Drawn from shapes so the icon is reproducible and owes nothing to downloaded art:
//   node scripts/draw-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SUBSAMPLES = 4; // 4×4 samples per pixel give smooth edges

/** Shapes as signed distances: negative inside, so the union of shapes is the minimum. */
const roundedBox = (x, y, cx, cy, halfW, halfH, r) => {
  const dx = Math.abs(x - cx) - halfW + r;
  const dy = Math.abs(y - cy) - halfH + r;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const ring = (x, y, cx, cy, r, width) => Math.abs(circle(x, y, cx, cy, r)) - width / 2;

/** Back to front: each layer is [colour, inside(x, y)]. */
const layers = [
  [[20, 61, 102], (x, y) => roundedBox(x, y, 64, 64, 62, 62, 22) < 0],
  [[38, 110, 168], (x, y) => roundedBox(x, y, 64, 64, 62, 62, 22) < 0 && y < 64 - (x - 64) * 0.35],
  // the tunnel: a thick band between the two routers
  [[120, 200, 240], (x, y) => roundedBox(x, y, 64, 86, 40, 6, 6) < 0],
  // the two routers
  [[255, 255, 255], (x, y) => circle(x, y, 24, 86, 15) < 0 || circle(x, y, 104, 86, 15) < 0],
  [[20, 61, 102], (x, y) => circle(x, y, 24, 86, 6) < 0 || circle(x, y, 104, 86, 6) < 0],
  // the padlock: shackle, then body, then keyhole
  [[250, 196, 60], (x, y) => ring(x, y, 64, 44, 13, 6) < 0 && y < 50],
  [[250, 196, 60], (x, y) => roundedBox(x, y, 64, 62, 20, 15, 4) < 0],
  [[20, 61, 102], (x, y) => circle(x, y, 64, 58, 4.5) < 0 || roundedBox(x, y, 64, 66, 2, 6, 1) < 0],
];

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SUBSAMPLES; sy++) {
    for (let sx = 0; sx < SUBSAMPLES; sx++) {
      const x = px + (sx + 0.5) / SUBSAMPLES;
      const y = py + (sy + 0.5) / SUBSAMPLES;
      let colour = null;
      for (const [rgb, inside] of layers) if (inside(x, y)) colour = rgb;
      if (colour) for (let c = 0; c < 3; c++) sum[c] += colour[c];
      if (colour) sum[3] += 255;
    }
  }
  const samples = SUBSAMPLES * SUBSAMPLES;
  const covered = sum[3] / 255;
  return [0, 1, 2].map((c) => (covered ? Math.round(sum[c] / covered) : 0)).concat(Math.round(sum[3] / samples));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = [0]; // filter type 0: the row as it is
    for (let x = 0; x < SIZE; x++) row.push(...pixel(x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../images/icon.png', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, png());
console.log(`wrote ${out.pathname}`);
