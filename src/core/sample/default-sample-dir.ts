import { fileURLToPath } from 'node:url';

/**
 * resources/sample in a checkout (the CLI and tests). The app passes its own resources
 * path instead, which is why this lives apart from load-sample.ts: the app's bundle
 * never needs import.meta.url.
 */
export function defaultSampleDir(): string {
  return fileURLToPath(new URL('../../../resources/sample', import.meta.url));
}
