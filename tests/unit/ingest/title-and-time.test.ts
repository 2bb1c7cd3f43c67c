// Two pieces of page metadata a page's history depends on: the headline without the site's
// name that <title> carries ("Headline | The Daily Example"), and the publication time, which
// orders the versions of one day.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../shared/ingest';
import { publishedTime } from '../../../shared/ingest/dates';

const BODY =
  '<article><p>The harbour board approved the new breakwater on Tuesday after a two-year public inquiry into its cost and design.</p>' +
  '<p>Work is due to start in the spring and will take about three years, the board said in a statement.</p></article>';

function page(head: string, body = BODY): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function read(html: string) {
  const outcome = ingestFile('page.html', new TextEncoder().encode(html));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.articles[0]!;
}

describe('an HTML headline without the site name', () => {
  it('drops the outlet named by og:site_name after or before the headline', () => {
    const site = '<meta property="og:site_name" content="The Daily Example">';
    expect(read(page(`<title>Breakwater approved | The Daily Example</title>${site}`)).title).toBe(
      'Breakwater approved',
    );
    expect(read(page(`<title>Daily Example — Breakwater approved</title>${site}`)).title).toBe(
      'Breakwater approved',
    );
    expect(
      read(
        page(
          `<title>Hafen: Wellenbrecher genehmigt - dailyexample.com</title>${site.replace('The Daily Example', 'DailyExample')}`,
        ),
      ).title,
    ).toBe('Hafen: Wellenbrecher genehmigt');
  });

  it('takes the page’s own <h1> when the title is that headline plus something else', () => {
    const html = page(
      '<title>Harbour board approves breakwater after inquiry - Coast News Network</title>',
      `<h1>Harbour board approves breakwater after inquiry</h1>${BODY}`,
    );
    expect(read(html).title).toBe('Harbour board approves breakwater after inquiry');
  });

  it('keeps a headline that only contains a dash, and og:title as given', () => {
    const site = '<meta property="og:site_name" content="The Daily Example">';
    expect(read(page(`<title>Breakwater – a two-year fight – approved</title>${site}`)).title).toBe(
      'Breakwater – a two-year fight – approved',
    );
    expect(read(page(`<meta property="og:title" content="Board says yes - at last">${site}`)).title).toBe(
      'Board says yes - at last',
    );
  });
});

describe('the publication time', () => {
  it('is the minute a timestamp names, in UTC when it gives a zone', () => {
    expect(publishedTime('2025-11-20T07:30:00Z')).toBe('2025-11-20T07:30Z');
    expect(publishedTime('2025-11-20T23:30:00-05:00')).toBe('2025-11-21T04:30Z');
    expect(publishedTime('2025-11-20T08:15:09.123+0100')).toBe('2025-11-20T07:15Z');
    expect(publishedTime('2025-11-20 18:05')).toBe('2025-11-20T18:05');
  });

  it('is null for a date alone, an impossible time or prose', () => {
    expect(publishedTime('2025-11-20')).toBeNull();
    expect(publishedTime('2025-11-20T25:10:00Z')).toBeNull();
    expect(publishedTime('Thursday 20 November 2025, 7.30am')).toBeNull();
  });

  it('is kept from the page’s metadata, and absent when the page states only a day', () => {
    const at = (content: string) =>
      read(
        page(
          `<title>Breakwater approved</title><meta property="article:published_time" content="${content}">`,
        ),
      );
    expect(at('2025-11-20T07:30:00+00:00')).toMatchObject({
      date: '2025-11-20',
      publishedAt: '2025-11-20T07:30Z',
    });
    expect(at('2025-11-20')).toMatchObject({ date: '2025-11-20', publishedAt: null });
  });
});
