// Draws the add-in icons (assets/icon-{16,32,64,80,128}.png) without any image library:
// a teal rounded square with a white shield outline and a check mark, supersampled 4x for anti-aliasing.
// Run: node assets/make-icons.mjs
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
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
const png = (size, rgba) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
// Shapes in unit coordinates (0..1).
const inRoundedSquare = (x, y) => {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const onCheck = (x, y, w) =>
  distToSegment(x, y, 0.3, 0.52, 0.45, 0.67) < w || distToSegment(x, y, 0.45, 0.67, 0.72, 0.36) < w;
const shield = [
  [0.5, 0.14],
  [0.8, 0.25],
  [0.76, 0.58],
  [0.5, 0.86],
  [0.24, 0.58],
  [0.2, 0.25],
  [0.5, 0.14],
];
const onShield = (x, y, w) =>
  shield.slice(1).some(([bx, by], i) => distToSegment(x, y, shield[i][0], shield[i][1], bx, by) < w);

for (const size of [16, 32, 64, 80, 128]) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  const w = size <= 16 ? 0.07 : 0.05;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let bg = 0,
        fg = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inRoundedSquare(x, y)) continue;
          bg++;
          if (onCheck(x, y, w) || (size >= 32 && onShield(x, y, w * 0.6))) fg++;
        }
      const n = ss * ss;
      const a = bg / n;
      const f = bg ? fg / bg : 0;
      const i = (py * size + px) * 4;
      out[i] = Math.round(0x0f * (1 - f) + 255 * f);
      out[i + 1] = Math.round(0x6c * (1 - f) + 255 * f);
      out[i + 2] = Math.round(0x5d * (1 - f) + 255 * f);
      out[i + 3] = Math.round(255 * a);
    }
  writeFileSync(join(here, `icon-${size}.png`), png(size, out));
}
