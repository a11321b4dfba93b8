export { loadSamplePortfolio } from './load-sample';
