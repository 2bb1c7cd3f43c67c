// One wire story republished many times, as a scrape folder holds it: every copy has its own
// site header, date line and footer (so its bytes differ), the same body, and every tenth copy
// changes one figure (a correction some outlets carried). The story's distinct claims are the
// body's claims plus one per changed figure's wording. Deterministic.

const BODY = [
  'The port authority said on Tuesday that 1,240 containers were held at the northern terminal after the strike.',
  'Dock workers walked out at 6 a.m. and about 300 of them gathered outside the harbour office, according to the union.',
  '"We will not return until the night shifts are paid as agreed in 2019," union leader Mara Velde told reporters.',
  'Shipping lines diverted 14 vessels to the southern port, the authority said in a statement.',
  'The strike is the third at the port this year and the longest since the terminal opened in 2006.',
  'Talks between the authority and the union are due to resume on Thursday, a spokesperson said.',
  'Exporters warned that 40 percent of the fruit harvest could spoil if the containers stay on the quay.',
  'The transport minister called for calm and said the government would not intervene for now.',
];
const OUTLETS = [
  'Harbour Times',
  'Coast Daily',
  'Valley Post',
  'Metro Wire',
  'Evening Ledger',
  'Port Gazette',
];
/** Figures a correction may change, and what into. */
const CHANGED: readonly [string, string][] = [
  ['1,240 containers', '1,420 containers'],
  ['14 vessels', '17 vessels'],
];

export interface WireCopies {
  readonly files: readonly string[];
  /** Distinct claim wordings across all copies. */
  readonly distinctClaims: number;
}

export function wireCopies(copies: number): WireCopies {
  const files: string[] = [];
  const changed = new Set<string>();
  for (let i = 0; i < copies; i++) {
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    let body = BODY;
    if (i % 10 === 9) {
      const [from, to] = CHANGED[((i / 10) % CHANGED.length) | 0]!;
      body = BODY.map((s) => s.replace(from, to));
      changed.add(to);
    }
    files.push(
      [
        `${outlet} — edition ${i + 1}`,
        `Published 2025-03-${day}`,
        '',
        'Port strike leaves containers stranded at northern terminal',
        '',
        ...body.flatMap((p) => [p, '']),
        `© 2025 ${outlet}. Share this article. Read More`,
      ].join('\n'),
    );
  }
  return { files, distinctClaims: BODY.length + changed.size };
}

/**
 * The cleaned texts of `copies` republications, as story grouping sees them: the body, where
 * every tenth copy carries a corrected figure, every seventh is trimmed of its last paragraph
 * and every fifth opens with an outlet's own line ("Updated with the union's statement.").
 */
export function wireCopyTexts(copies: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < copies; i++) {
    let body = BODY;
    if (i % 10 === 9) {
      const [from, to] = CHANGED[((i / 10) % CHANGED.length) | 0]!;
      body = body.map((s) => s.replace(from, to));
    }
    if (i % 7 === 6) body = body.slice(0, -1);
    if (i % 5 === 4)
      body = [`${OUTLETS[i % OUTLETS.length]} updated this report with the union's statement.`, ...body];
    texts.push(body.join('\n\n'));
  }
  return texts;
}
