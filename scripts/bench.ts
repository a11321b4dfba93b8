/**
 * `npm run bench`: prints figures, never asserts (timings on a shared 2-core machine are
 * noisy). Each part prints its own figures next to its target or reference.
 *   npm run bench            rules engine + packet
 *   npm run bench -- rules   only the rules engine
 *   npm run bench -- packet  only the packet (with qpdf as the reference)
 *   npm run bench -- dashboard  the 5,000-activity dashboard in the harness
 *   npm run bench -- activity-list  searching, sorting and paging 5,000 activities
 *   npm run bench -- intake  reading certificates: accuracy on scripts/reading-corpus, time vs pdftotext/tesseract
 *   npm run bench -- plan    the plan to the deadline: 3 credentials, 200 catalogue items, 24 months
 *   npm run bench -- backup  backup archive, restore and snapshot (with tar and sha256sum as the reference)
 *   npm run bench -- preview  Will it count? and the dates ahead on 5,000 activities
 */
const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;

async function main(): Promise<void> {
  if (all || wanted.has('rules')) {
    const { runRulesBench } = await import('./bench-rules');
    await runRulesBench();
  }
  if (all || wanted.has('packet')) {
    const { runPacketBench } = await import('./bench-packet');
    await runPacketBench();
  }
  if (wanted.has('intake')) {
    const { runIntakeBench } = await import('./bench-intake');
    await runIntakeBench();
  }
  if (wanted.has('activity-list')) {
    const { runActivityListBench } = await import('./bench-activity-list');
    runActivityListBench();
  }
  if (wanted.has('backup')) {
    const { runBackupBench } = await import('./bench-backup');
    await runBackupBench();
  }
  if (wanted.has('preview')) {
    const { runPreviewBench } = await import('./bench-preview');
    runPreviewBench();
  }
  if (wanted.has('plan')) {
    const { runPlanBench } = await import('./bench-plan');
    await runPlanBench();
  }
  if (wanted.has('dashboard')) {
    await import('./bench-dashboard');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
