// The report screen's state: the scope and options the reviewer chose, the live preview of
// the report model, and the export on its way.
import type { Report, ReportFormat } from '../../shared/report';

export interface ReportOptions {
  readonly storyId: string | null;
  readonly title: string;
  readonly organisation: string;
  readonly from: string;
  readonly to: string;
  readonly appendix: boolean;
  readonly bom: boolean;
}

export interface ReportScreenState {
  readonly options: ReportOptions;
  readonly status: 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly preview: Report | null;
  /** The format being exported, or null. */
  readonly exporting: ReportFormat | null;
  readonly notice: string;
}
