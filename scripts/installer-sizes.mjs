// Prints each installer's size in a folder (electron-builder's dist/) and fails when one
// is over the budget. Run by CI after packaging: node scripts/installer-sizes.mjs dist
import fs from 'node:fs';
import path from 'node:path';

const budgetMb = 150;
const dir = process.argv[2] ?? 'dist';
const installers = fs
  .readdirSync(dir)
  .filter((name) => /\.(AppImage|deb|exe|dmg)$/.test(name))
  .map((name) => ({ name, mb: fs.statSync(path.join(dir, name)).size / 1024 / 1024 }));
if (installers.length === 0) {
  console.error(`No installers found in ${dir}.`);
  process.exit(1);
}
for (const { name, mb } of installers) console.log(`${name}: ${mb.toFixed(1)} MB (budget ${budgetMb} MB)`);
const over = installers.filter(({ mb }) => mb >= budgetMb);
if (over.length > 0) {
  console.error(`Over the ${budgetMb} MB budget: ${over.map(({ name }) => name).join(', ')}`);
  process.exit(1);
}
