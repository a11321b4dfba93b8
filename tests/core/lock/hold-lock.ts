/**
 * Another process holding a portfolio's writer lock, for the lock tests.
 * Usage: tsx hold-lock.ts DATA_DIR HOLDER [RELEASE_AFTER_MS]; prints "held" once it has it.
 */
import { acquirePortfolioLock, type LockHolder } from '../../../src/core/lock/portfolio-lock';

const [dataDir, holder, releaseAfter] = process.argv.slice(2);
void acquirePortfolioLock(dataDir!, { holder: holder as LockHolder }).then((lock) => {
  process.stdout.write('held\n');
  if (releaseAfter) {
    setTimeout(() => void lock.release().then(() => process.exit(0)), Number(releaseAfter));
  } else {
    setInterval(() => {}, 60_000); // held until killed
  }
});
