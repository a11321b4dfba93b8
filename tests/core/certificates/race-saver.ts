/**
 * A second process for the clean-up race test: saves activities one after another, each
 * with a new certificate stored first and linked by the save, as the app's form does.
 * Usage: tsx race-saver.ts DATA_DIR ROUNDS
 */
import { Portfolio } from '../../../src/core/portfolio';

const [dataDir, rounds] = process.argv.slice(2);
const portfolio = Portfolio.open({ dataDir: dataDir! });
let failed = 0;
for (let i = 0; i < Number(rounds); i++) {
  const bytes = new TextEncoder().encode(`%PDF-1.4\n% certificate ${process.pid}-${i}\n%%EOF\n`);
  try {
    const certificate = portfolio.certificates.add(`certificate-${i}.pdf`, bytes);
    portfolio.saveActivity({
      title: `Course ${i}`,
      provider: 'AAMA',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2026-03-02',
      certificateHashes: [certificate.sha256],
    });
  } catch {
    failed += 1; // a save refused (its certificate row removed first) leaves nothing dangling
  }
}
portfolio.close();
process.stdout.write(JSON.stringify({ failed }));
