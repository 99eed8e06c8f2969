// The app icon: a white signpost (a pole with two arrow boards) on the app's blue, drawn at
// any size. The maskable variant keeps the sign inside the central safe zone (80 %).
import { encodePng } from './png.mjs';

const BLUE = [0x0b, 0x3f, 0x8a, 255];
const WHITE = [255, 255, 255, 255];

// Shapes in a 0..1 square: rectangles and arrow boards (a rectangle with a pointed end).
const SIGN = [
  { kind: 'rect', x0: 0.46, y0: 0.18, x1: 0.54, y1: 0.86 }, // pole
  { kind: 'rect', x0: 0.34, y0: 0.84, x1: 0.66, y1: 0.88 }, // foot
  { kind: 'arrow', x0: 0.28, y0: 0.26, x1: 0.72, y1: 0.42, right: true },
  { kind: 'arrow', x0: 0.28, y0: 0.50, x1: 0.72, y1: 0.66, right: false },
];

function inside(shape, x, y) {
  const { x0, y0, x1, y1 } = shape;
  if (y < y0 || y > y1 || x < x0 || x > x1) return false;
  if (shape.kind === 'rect') return true;
  // An arrow board: a rectangle whose pointed end is a triangle as long as half its height.
  const half = (y1 - y0) / 2;
  const fromMiddle = Math.abs(y - (y0 + y1) / 2);
  return shape.right ? x <= x1 - half || fromMiddle <= x1 - x : x >= x0 + half || fromMiddle <= x - x0;
}

/** RGBA pixels of the icon; `scale` < 1 shrinks the sign towards the centre (maskable). */
export function drawIcon(size, scale = 1) {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size - 0.5) / scale + 0.5;
          const y = ((py + (sy + 0.5) / samples) / size - 0.5) / scale + 0.5;
          if (SIGN.some((shape) => inside(shape, x, y))) hits += 1;
        }
      }
      const a = hits / (samples * samples);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c += 1) pixels[i + c] = Math.round(BLUE[c] * (1 - a) + WHITE[c] * a);
      pixels[i + 3] = 255;
    }
  }
  return pixels;
}

export function iconPng(size, { maskable = false } = {}) {
  return encodePng(size, size, drawIcon(size, maskable ? 0.72 : 1));
}
