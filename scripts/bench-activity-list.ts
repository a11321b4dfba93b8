/**
 * Activity list benchmark: filtering, sorting and paging 5,000 activities the way the
 * Activities page does on every keystroke (filterActivities, sortActivities, pageOf).
 * Prints the median of 31 runs after 20 warm-up runs, and the first, cold run; target
 * < 200 ms. Prints, never asserts: timings on a shared machine are noisy, so the line
 * ends with the 1-minute load average to read them against.
 *   npx tsx scripts/bench-activity-list.ts     or     npm run bench -- activity-list
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { filterActivities, pageOf, sortActivities } from '../src/ui/activities/activity-list';
import { activity } from '../tests/ui/activities/activity-fixture';

const ACTIVITIES = 5_000;
const WARM_UP_RUNS = 20;
const MEASURED_RUNS = 31;
const TARGET_MS = 200;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export function runActivityListBench(): { ms: number; coldMs: number } {
  const many = Array.from({ length: ACTIVITIES }, (_, i) =>
    activity(i + 1, { completedOn: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`, title: `Course ${i}` }),
  );
  const showPage = () =>
    pageOf(
      sortActivities(filterActivities(many, { search: 'course 1', credentialId: null }), {
        by: 'date',
        descending: true,
      }),
      2,
      50,
    );
  const time = () => {
    const began = performance.now();
    showPage();
    return performance.now() - began;
  };
  const coldMs = time();
  for (let i = 0; i < WARM_UP_RUNS; i++) time();
  const ms = median(Array.from({ length: MEASURED_RUNS }, time));
  console.log(
    `activity list: search, sort and page ${ACTIVITIES.toLocaleString('en-US')} activities: ` +
      `median ${ms.toFixed(2)} ms (${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up; ` +
      `first, cold run ${coldMs.toFixed(1)} ms; load ${loadavg()[0]?.toFixed(2)}) — target < ${TARGET_MS} ms`,
  );
  return { ms, coldMs };
}
