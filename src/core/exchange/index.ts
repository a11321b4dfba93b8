export { exportPortfolio, portfolioFileName, certificatesFolderName } from './export-portfolio';
export { importPortfolio, type ImportCounts } from './import-portfolio';
export {
  exchangeFormatName,
  exchangeFormatVersion,
  portfolioFileSchema,
  type PortfolioFile,
  type PortfolioFileInput,
} from './format';
export { portfolioJsonSchema, portfolioJsonSchemaText } from './json-schema';
export type { ImportProblem } from './problems';
export { findJsonSyntaxProblem } from './json-syntax';
export { activityLogCsv, csvField, csvHeader, writeActivityLogCsv } from './activity-log-csv';
