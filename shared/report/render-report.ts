// One entry for every text format, so the CLI and the export API render a report alike.
// PDF is the HTML printed by a browser (electron/services/report-pdf.ts), not rendered here.
import { renderClaimReview, safeJson } from './render-claimreview';
import { renderCsv } from './render-csv';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import type { Report } from './report-model';

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILES: Record<ReportFormat, { extension: string; mimeType: string }> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mimeType: 'application/json' },
  claimreview: { extension: 'claimreview.jsonld', mimeType: 'application/ld+json' },
};

export function renderReport(
  report: Report,
  format: Exclude<ReportFormat, 'pdf'>,
  options: { bom?: boolean } = {},
): string {
  switch (format) {
    case 'html':
      return renderHtml(report);
    case 'md':
      return renderMarkdown(report);
    case 'csv':
      return renderCsv(report, options);
    case 'json':
      return safeJson(report);
    case 'claimreview':
      return renderClaimReview(report);
  }
}
