// Public face of reports: the one model and its renderers.
export {
  buildReport,
  REPORT_VERSION,
  type Report,
  type ReportSource,
  type ReportScope,
  type ReportStory,
} from './report-model';
export { renderCsv, CSV_COLUMNS, cell as csvCell } from './render-csv';
export { renderMarkdown, escapeMarkdown } from './render-markdown';
export { renderHtml, escapeHtml } from './render-html';
export { renderClaimReview, safeJson } from './render-claimreview';
export { renderReport, REPORT_FILES, REPORT_FORMATS, type ReportFormat } from './render-report';
export { renderMatrixCsv } from './render-matrix-csv';
