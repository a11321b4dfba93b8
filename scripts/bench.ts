/**
 * `npm run bench`: prints figures, never asserts (timings on a shared 2-core machine are
 * noisy). Each part prints its own figures next to its target or reference. Several parts
 * run one after the other in one run, in the order named.
 *   npm run bench            rules engine + packet
 *   npm run bench -- rules   only the rules engine
 *   npm run bench -- packet  only the packet (with qpdf as the reference; photos prepared at
 *                            intake, per photo, and the full packet before and after)
 *   npm run bench -- dashboard  the 5,000-activity dashboard in the harness
 *   npm run bench -- activity-list  searching, sorting and paging 5,000 activities
 *   npm run bench -- intake  reading certificates: accuracy on scripts/reading-corpus, time vs pdftotext/tesseract,
 *                            and 40 certificates dropped at once (drafts read on worker threads)
 *   npm run bench -- intake packet  both: what intake costs and what the packet gains
 *   npm run bench -- plan    the plan to the deadline: 3 credentials, 200 catalogue items, 24 months
 *   npm run bench -- backup  backup archive, restore and snapshot (with tar and sha256sum as the reference)
 *   npm run bench -- preview  Will it count? and the dates ahead on 5,000 activities
 */
const parts: Record<string, () => Promise<unknown>> = {
  rules: async () => (await import('./bench-rules')).runRulesBench(),
  packet: async () => (await import('./bench-packet')).runPacketBench(),
  intake: async () => {
    await (await import('./bench-intake')).runIntakeBench();
    await (await import('./bench-intake-many')).runIntakeManyBench();
  },
  'activity-list': async () => (await import('./bench-activity-list')).runActivityListBench(),
  backup: async () => (await import('./bench-backup')).runBackupBench(),
  preview: async () => (await import('./bench-preview')).runPreviewBench(),
  plan: async () => (await import('./bench-plan')).runPlanBench(),
  dashboard: async () => {
    await import('./bench-dashboard');
  },
};

async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !Object.hasOwn(parts, name));
  if (unknown.length > 0)
    throw new Error(`No such bench: ${unknown.join(', ')}. Choose from: ${Object.keys(parts).join(', ')}.`);
  const wanted = named.length === 0 ? ['rules', 'packet'] : [...new Set(named)];
  for (const name of wanted) await parts[name]!();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
