/**
 * The `ceu` command: `npm run ceu -- status`, or `ceu status` through bin/ceu.mjs.
 * See docs/cli.md.
 */
import { processOutput } from './output';
import { run } from './run';

run(process.argv.slice(2), processOutput()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports every error itself; this is the last guard against a stack trace.
    process.stderr.write(`ceu: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
