import path from 'node:path';
import { userError } from '../errors';
import { type ImportCounts, importPortfolio } from '../exchange';
import type { ImportOptions } from '../exchange/import-portfolio';
import type { Portfolio } from '../portfolio';
import { markAsSample } from './sample-mode';

/**
 * Loads the sample portfolio (resources/sample: an exchange-format file and its
 * certificates) so a person can try every screen before entering their own records.
 * Only into an empty portfolio: mixing made-up activities into real records would put
 * them in a real packet. The emptiness check runs inside the import's write transaction,
 * so two loads at once (two `ceu sample` on a new folder, or two clicks) load it once:
 * the second finds the first one's records and changes nothing.
 */
export async function loadSamplePortfolio(
  portfolio: Portfolio,
  sampleDir: string,
  options: Pick<ImportOptions, 'preparePhotos'> = {},
): Promise<ImportCounts> {
  refuseIfNotEmpty(portfolio); // at once, before reading the sample's files
  const counts = await importPortfolio(portfolio, path.join(sampleDir, 'portfolio.json'), {
    ...options,
    checkBeforeWriting: refuseIfNotEmpty,
  });
  // Marked once loaded, so everything it brought is older than the mark and can be cleared.
  markAsSample(portfolio);
  return counts;
}

function refuseIfNotEmpty(portfolio: Portfolio): void {
  const credentials = portfolio.listCredentials().length;
  const activities = portfolio.listActivities().length;
  if (credentials > 0 || activities > 0) {
    throw userError('CONFLICT', { key: 'coreErrors.sampleNotEmpty', values: { credentials, activities } });
  }
  // A person who has typed their own name has started their own portfolio: the sample's
  // invented courses must never appear under it.
  const holder = portfolio.getHolder();
  if (holder) {
    throw userError('CONFLICT', { key: 'coreErrors.sampleHasHolder', values: { name: holder.fullName } });
  }
}
