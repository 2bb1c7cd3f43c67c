// `crosscheck report --format F --out FILE`: the review report, written atomically. Where the
// file goes and what the flags say are checked before any work.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WorkbenchError } from '../../../shared/model';
import { renderHtml, renderReport, REPORT_FORMATS, type ReportFormat } from '../../../shared/report';
import { htmlToPdf } from '../../services/report-pdf';
import { writeFileDurable } from '../../store/durable-write';
import { call } from '../call-api';
import type { CliCommand } from '../command';
import { CLAIM_ID, listFlag, noArgs, STORY_ID, UsageError } from '../options';
import { plural } from '../render-text';

export const reportCommand: CliCommand = {
  name: 'report',
  usage: [
    '  report --format <html|pdf|md|csv|json|claimreview> --out <file> [--story <id> | --claims <id,id>] [--from D] [--to D] [--appendix] [--title T] [--organisation O] [--bom]',
    '                            write the review report (claimreview: schema.org ClaimReview JSON-LD)',
  ].join('\n'),
  opensWorkspace: true,
  async run({ args, values, print, api }) {
    noArgs('report', args);
    const format = values.format;
    if (!format || !values.out)
      throw new UsageError('report needs --format <html|pdf|md|csv|json|claimreview> and --out <file>');
    if (!isReportFormat(format))
      throw new UsageError(`"${format}" is not a report format; use html, pdf, md, csv, json or claimreview`);
    const claimIds = listFlag(values.claims);
    for (const id of claimIds ?? [])
      if (!CLAIM_ID.test(id))
        throw new UsageError(`"${id}" is not a claim id (16 hex digits, "-", 8 hex digits)`);
    if (values.story !== undefined && !STORY_ID.test(values.story))
      throw new UsageError(`"${values.story}" is not a story id ("st-" and 16 hex digits)`);
    for (const [flag, date] of [
      ['--from', values.from],
      ['--to', values.to],
    ] as const)
      if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new UsageError(`${flag} needs a date as YYYY-MM-DD (got "${date}")`);
    const path = resolve(values.out);
    if (!existsSync(dirname(path)))
      throw new WorkbenchError('not-found', `The folder ${dirname(path)} does not exist.`);
    if (existsSync(path) && statSync(path).isDirectory())
      throw new WorkbenchError('invalid-input', `${path} is a folder; give --out a file name.`);
    const report = await call(api, 'getReport', {
      scope: claimIds?.length ? 'claims' : values.story ? 'story' : 'workspace',
      ...(values.story ? { storyId: values.story } : {}),
      ...(claimIds?.length ? { claimIds } : {}),
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
      appendix: values.appendix,
      // Only these formats print the matrices; the others need not build them.
      matrix: format === 'html' || format === 'pdf' || format === 'json',
    });
    // Atomic and durable either way: a report is never left half-written.
    if (format === 'pdf') await htmlToPdf(renderHtml(report), path);
    else await writeFileDurable(path, renderReport(report, format, { bom: values.bom }));
    const summary = { path, format, claims: report.summary.claims, verdicts: report.summary.reviewed };
    print(
      summary,
      `Wrote ${path}: ${plural(summary.verdicts, 'verdict')} on ${plural(summary.claims, 'claim')}.`,
    );
    return 0;
  },
};

const isReportFormat = (format: string): format is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(format);
