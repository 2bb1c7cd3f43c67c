// A small review to render: one story in two versions with a changed figure, three claims
// (one with a hostile note and evidence, one conflicting, one not reviewed) and a second story
// without verdicts. The hostile strings are the ones the issue names.
import type { Claim } from '../../../shared/model';
import type { ReportSource } from '../../../shared/report';

export const HOSTILE_NOTE = `<script>alert(1)</script> =cmd|' /C calc'!A0, "quoted", [a link](http://example.invalid)\nsecond line\r- not a list &amp;`;
export const GENERATED_AT = '2026-11-29T12:00:00.000Z';

const A = '0000000000000001';
const B = '0000000000000002';
const C = '0000000000000003';

function claim(id: string, articleId: string, text: string, verdict: Claim['verdict']): Claim {
  return {
    id,
    articleId,
    text,
    start: 0,
    end: text.length,
    kinds: ['figure'],
    source: 'auto',
    matches: [],
    suggestion: verdict?.status === 'conflicting' ? 'conflicting' : null,
    suggestionReasons: verdict?.status === 'conflicting' ? ['Coast Wire: figure 1,240 vs 1,420'] : [],
    verdict,
  };
}

export const SOURCE: ReportSource = {
  stories: [
    {
      id: `st-${A}`,
      title: 'Harbour board delays quay extension',
      versions: [
        {
          articleId: A,
          outlet: 'Harbour Post',
          date: '2026-03-02',
          title: 'Harbour board delays quay extension',
        },
        {
          articleId: B,
          outlet: 'Coast Wire',
          date: '2026-03-03',
          title: 'Quay extension delayed',
          url: 'https://coastwire.example/quay',
        },
      ],
      changes: [{ from: A, to: B, changes: [{ before: '1,240', after: '1,420', reason: 'figure changed' }] }],
      claims: [
        claim(`${A}-00000001`, A, 'The extension will cost 1,240 million kroner.', {
          claimId: `${A}-00000001`,
          status: 'conflicting',
          note: HOSTILE_NOTE,
          evidence: [
            { articleId: B, start: 0, end: 44, text: 'The extension will cost 1,420 million kroner.' },
          ],
          reviewer: 'Ana Reviewer',
          at: '2026-11-28T10:00:00.000Z',
        }),
        claim(`${A}-00000002`, A, '=SUM(A1:A2) workers, <b>bold</b>, and "quotes".', {
          claimId: `${A}-00000002`,
          status: 'consistent',
          note: '',
          evidence: [],
          reviewer: ' @SUM(1) Ben Checker',
          at: '2026-11-28T11:00:00.000Z',
        }),
        claim(`${B}-00000003`, B, 'Some 300 jobs depend on the berths.', null),
      ],
    },
    {
      id: `st-${C}`,
      title: 'Ferry timetable changes',
      versions: [{ articleId: C, outlet: 'Isle News', date: '2026-04-01', title: 'Ferry timetable changes' }],
      changes: [],
      claims: [claim(`${C}-00000004`, C, 'Two extra crossings start on 1 May.', null)],
    },
  ],
};
