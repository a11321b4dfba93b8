import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { previewActivity } from '../src/core/count-preview';
import { Portfolio } from '../src/core/portfolio';
import { upcomingFor } from '../src/core/reminders';
import type { ActivityInput } from '../src/domain/portfolio';

/**
 * `npm run bench -- preview`: how long "Will it count?" takes to answer (the engine run
 * twice over the portfolio) and how long the dates ahead take, on a portfolio of 5,000
 * activities and 3 credentials. The form asks at most once per pause in typing (350 ms),
 * so the answer should come well within that. Prints medians; asserts nothing.
 */
const activityCount = Number(process.env.CEU_BENCH_ACTIVITIES ?? 5_000);
const runs = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function runPreviewBench(): void {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-bench-preview-'));
  const portfolio = Portfolio.open({ dataDir });
  try {
    const ids = [
      portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2023-10-14' }).id,
      portfolio.saveCredential({ rulePackId: 'nha-ccma', certifiedOn: '2025-02-19' }).id,
      portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-06-01' }).id,
    ];
    const categories = ['administrative', 'clinical', 'general'] as const;
    const start = new Date('2019-01-01T00:00:00Z').getTime();
    portfolio.db.transaction(() => {
      for (let i = 0; i < activityCount; i++) {
        portfolio.saveActivity({
          title: `Bench course ${i + 1}`,
          provider: i % 2 === 0 ? 'AAMA e-Learning Center' : 'Relias Academy',
          approvingBody: i % 2 === 0 ? 'AAMA' : 'IACET',
          kind: 'online_course',
          delivery: 'online',
          completedOn: new Date(start + (i % 2900) * 86_400_000).toISOString().slice(0, 10),
          credits: [{ amount: 1 + (i % 3), unit: 'contact_hour', category: categories[i % 3] }],
          credentialIds: ids,
        });
      }
    })();
    const draft: ActivityInput = {
      title: 'Infection control update',
      provider: 'AAMA e-Learning Center',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2026-06-10',
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'clinical' }],
      credentialIds: [ids[0]!],
    };
    const preview = median(
      Array.from({ length: runs }, () => time(() => previewActivity(portfolio, { activity: draft }))),
    );
    const upcoming = median(Array.from({ length: runs }, () => time(() => upcomingFor(portfolio))));
    console.log(
      `\nWill it count? and the dates ahead (${activityCount.toLocaleString('en-US')} activities, 3 credentials)`,
    );
    console.log(
      `  Will it count? answer     median ${preview.toFixed(0)} ms (the form waits 350 ms after typing stops)`,
    );
    console.log(`  dates ahead (dashboard)   median ${upcoming.toFixed(0)} ms`);
  } finally {
    portfolio.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
