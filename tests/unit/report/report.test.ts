// The report model and its renderers: counts and scope, golden output per format, CSV read back
// by a CSV library, and hostile notes and article text inert in every format.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import {
  buildReport,
  CSV_COLUMNS,
  renderClaimReview,
  renderCsv,
  renderHtml,
  renderMarkdown,
  safeJson,
} from '../../../shared/report';
import { GENERATED_AT, HOSTILE_NOTE, SOURCE } from './report-fixture';

const GOLDEN = join(import.meta.dirname, '../../fixtures/report');
const report = buildReport(SOURCE, {
  scope: { kind: 'workspace' },
  title: 'Harbour review <March>',
  organisation: 'Coastline Fact Desk',
  appendix: true,
  generatedAt: GENERATED_AT,
});

/** Compares with the golden file; CROSSCHECK_UPDATE_GOLDEN=1 rewrites it (then read the diff). */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.CROSSCHECK_UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the report model', () => {
  it('counts verdicts, lists reviewers, keeps unreviewed claims for the appendix', () => {
    expect(report.summary).toEqual({ claims: 4, reviewed: 2, consistent: 1, conflicting: 1, unclear: 0 });
    expect(report.reviewers).toEqual([' @SUM(1) Ben Checker', 'Ana Reviewer']);
    // A story whose claims are all unreviewed stays (versions, changes) when the appendix is on.
    expect(report.stories.map((s) => s.claims.length)).toEqual([2, 0]);
    expect(report.appendix.map((c) => c.id)).toEqual([
      '0000000000000002-00000003',
      '0000000000000003-00000004',
    ]);
    expect(report.stories[0]!.claims[0]!.evidence[0]).toMatchObject({
      outlet: 'Coast Wire',
      date: '2026-03-03',
    });
  });

  it('narrows to one story, or to a date range', () => {
    const one = buildReport(SOURCE, {
      scope: { kind: 'story', storyId: 'st-0000000000000003' },
      generatedAt: GENERATED_AT,
    });
    expect(one.stories.map((s) => s.title)).toEqual(['Ferry timetable changes']);
    expect(one.summary.claims).toBe(1);
    const march = buildReport(SOURCE, {
      scope: { kind: 'workspace', from: '2026-03-03', to: '2026-03-31' },
      appendix: true,
      generatedAt: GENERATED_AT,
    });
    expect(march.summary.claims).toBe(1);
    expect(march.appendix.map((c) => c.text)).toEqual(['Some 300 jobs depend on the berths.']);
  });
});

describe('rendering', () => {
  it('isolates an outlet carrying a right-to-left override, so the date after it keeps its order', () => {
    const rlo = buildReport(
      {
        ...SOURCE,
        stories: SOURCE.stories.map((st) => ({
          ...st,
          versions: st.versions.map((v) => ({ ...v, outlet: v.outlet && `\u202e${v.outlet}` })),
        })),
      },
      { scope: { kind: 'workspace' }, generatedAt: GENERATED_AT },
    );
    const html = renderHtml(rlo);
    expect(html).toContain('<bdi>\u202eHarbour Post</bdi>');
    expect(html).not.toMatch(/[^>]\u202eHarbour Post/);
  });

  it('matches the golden files', () => {
    golden('report.md', renderMarkdown(report));
    golden('report.html', renderHtml(report));
    golden('report.csv', renderCsv(report));
    golden('report.json', safeJson(report));
    golden('claimreview.json', renderClaimReview(report));
  });

  it('writes ClaimReview that our JSON Schema from schema.org accepts, one per reviewed claim', () => {
    const schema = JSON.parse(readFileSync(join(GOLDEN, 'claimreview.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    const data = JSON.parse(renderClaimReview(report));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data).toHaveLength(2);
    expect(data[0].reviewRating).toMatchObject({
      ratingValue: 1,
      alternateName: 'Conflicting between sources',
    });
    expect(data[0].itemReviewed.appearance[0].publisher.name).toBe('Harbour Post');
    expect(data[0].reviewRating.ratingExplanation).toMatch(/^Scale: 3 consistent/);
    const unsigned = JSON.parse(
      renderClaimReview(buildReport(SOURCE, { scope: { kind: 'workspace' }, generatedAt: GENERATED_AT })),
    );
    expect(unsigned[0].author).toEqual({ '@type': 'Person', name: 'Ana Reviewer' });
    expect(validate(unsigned)).toBe(true);
    expect(renderClaimReview(report)).not.toContain('<script');
    expect(data[0].reviewRating.ratingExplanation).toContain('<script>alert(1)</script>');
    // The schema can fail: a rating outside the scale is refused.
    data[0].reviewRating.ratingValue = 7;
    expect(validate(data)).toBe(false);
  });

  it('CSV read back by a CSV library gives the model, formula cells neutralised', () => {
    const rows = parse(renderCsv(report, { bom: true }), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const claims = [...report.stories.flatMap((s) => s.claims), ...report.appendix];
    expect(rows.map((r) => r.claim_id)).toEqual(claims.map((c) => c.id));
    expect(rows[0]!.note).toBe(HOSTILE_NOTE);
    expect(rows[1]!.claim).toBe(`'=SUM(A1:A2) workers, <b>bold</b>, and "quotes".`);
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^\s*[=+\-@]/);
    expect(rows[1]!.reviewer).toBe(`' @SUM(1) Ben Checker`);
    // Appendix rows keep their story; evidence keeps its source and date.
    expect(rows[2]!.story).toBe('Harbour board delays quay extension');
    expect(rows[0]!.evidence).toBe('Coast Wire, 2026-03-03: "The extension will cost 1,420 million kroner."');
    expect(renderCsv(report, { bom: true }).startsWith('\ufeff')).toBe(true);
  });

  it('keeps hostile text inert: no live markup in HTML or Markdown', () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script|<b>|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<a\s/);
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/<script|<b>/);
    expect(md).toContain('\\[a link\\]\\(http://example.invalid\\)');
    // The note's line breaks (LF or a lone CR) do not start Markdown lines of their own.
    expect(md).not.toMatch(/\nsecond line/);
    expect(md).not.toContain('\r');
    expect(md).toContain('&amp;amp;');
  });
});
