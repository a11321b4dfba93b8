import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { Portfolio } from '../src/core/portfolio';
import { type ActivityInput, holderSchema } from '../src/domain/portfolio';
import { startHarness } from '../tests/harness/harness-server';

/**
 * `npx tsx scripts/bench-dashboard.ts` (or `npm run bench -- dashboard`): how long the
 * dashboard takes to appear for a portfolio of 5,000 activities, in the real UI through
 * the browser harness. Prints the median of a few page loads; asserts nothing. Needs
 * `npx electron-vite build` first.
 */
const activityCount = Number(process.env.CEU_BENCH_ACTIVITIES ?? 5_000);
const runs = 5;
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function fillPortfolio(dataDir: string): void {
  const portfolio = Portfolio.open({ dataDir });
  try {
    portfolio.saveHolder(holderSchema.parse({ fullName: 'Bench Holder' }));
    const credentialIds = [
      portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2023-10-14' }).id,
      portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-02-19' }).id,
      portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-06-01' }).id,
    ];
    const kinds = ['online_course', 'seminar', 'workshop', 'journal_article_test', 'conference'] as const;
    const categories = ['administrative', 'clinical', 'general'] as const;
    const start = new Date('2019-01-01T00:00:00Z').getTime();
    // One transaction: the point is the dashboard, not 5,000 fsyncs.
    portfolio.db.transaction(() => {
      for (let i = 0; i < activityCount; i++) {
        const completedOn = new Date(start + (i % 2900) * 86_400_000).toISOString().slice(0, 10);
        const activity: ActivityInput = {
          title: `Bench course ${i + 1}: ${categories[i % 3]} topics`,
          provider: i % 2 === 0 ? 'AAMA e-Learning Center' : 'Relias Academy',
          approvingBody: i % 2 === 0 ? 'AAMA' : 'IACET',
          kind: kinds[i % kinds.length]!,
          delivery: 'online',
          completedOn,
          durationMinutes: 60,
          credits: [
            { amount: 1, unit: i % 2 === 0 ? 'aama_ceu' : 'contact_hour', category: categories[i % 3]! },
          ],
          credentialIds: credentialIds.filter((_, n) => (i + n) % 2 === 0 || n === 0),
        };
        portfolio.saveActivity(activity);
      }
    })();
  } finally {
    portfolio.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-bench-dashboard-'));
  const filling = Date.now();
  fillPortfolio(dataDir);
  console.log(
    `Dashboard bench: ${activityCount} activities, 3 credentials (filled in ${Date.now() - filling} ms)`,
  );

  const harness = await startHarness({ dataDir });
  const browser = await chromium.launch({
    executablePath: process.env.CEU_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const started = Date.now();
      await page.goto(harness.url);
      // The dashboard is rendered when the first credential card shows its counted points.
      await page
        .getByRole('region', { name: /CMA/ })
        .first()
        .getByText(/ of 60 /)
        .first()
        .waitFor({ timeout: 120_000 });
      const elapsed = Date.now() - started;
      await page.close();
      // The first load also warms the browser's caches: reported, not counted.
      if (run === 0) console.log(`  first load (cold): ${elapsed} ms`);
      else times.push(elapsed);
    }
    console.log(
      `  navigation → dashboard rendered: median ${median(times)} ms over ${runs} loads (${times.join(', ')} ms)`,
    );
  } finally {
    await browser.close();
    await harness.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
