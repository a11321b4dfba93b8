// Draws the app icon (resources/icon.png, 1024×1024) from an SVG with sharp: a teal
// rounded square with a white certificate and a check mark. electron-builder derives
// the .ico and .icns from this one file. Run: node scripts/make-icon.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const size = 1024;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1024 1024">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#14b8a6"/>
      <stop offset="1" stop-color="#0f766e"/>
    </linearGradient>
  </defs>
  <rect x="64" y="64" width="896" height="896" rx="200" fill="url(#bg)"/>
  <rect x="272" y="216" width="480" height="600" rx="40" fill="#ffffff"/>
  <rect x="344" y="312" width="336" height="36" rx="18" fill="#99d5cf"/>
  <rect x="344" y="392" width="336" height="36" rx="18" fill="#99d5cf"/>
  <rect x="344" y="472" width="220" height="36" rx="18" fill="#99d5cf"/>
  <circle cx="640" cy="680" r="112" fill="#0f766e"/>
  <path d="M590 682 l36 36 l70 -78" fill="none" stroke="#ffffff" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(out);
console.log(`Wrote ${out}`);
