export { loadSamplePortfolio } from './load-sample';
export { clearSample, isSamplePortfolio, type ClearedSample } from './sample-mode';
