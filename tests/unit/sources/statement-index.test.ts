// The workspace-wide statement index: words folded and stemmed, value words kept apart, one
// statement per wording however many articles carry it, rare words weighing more than the
// words every sentence of a dossier shares, and articles replaced or removed cleanly.
import { describe, expect, it } from 'vitest';
import { indexedSentences, statementKey, statementTerms, StatementIndex } from '../../../shared/sources';
import { splitSentences } from '../../../shared/ingest';

const id = (n: number) => n.toString(16).padStart(16, '0');
const fileArticle = (index: StatementIndex, n: number, text: string) =>
  index.add(id(n), indexedSentences(splitSentences(text)));

describe('statement terms', () => {
  it('stems and folds subject words, keeping acronyms and leaving function words out', () => {
    const t = statementTerms('The EU said Kosovo declared its independence from Serbia in 2008.');
    expect(t.subject).toEqual(expect.arrayContaining(['eu', 'kosovo', 'declar', 'serbia']));
    expect(t.subject).not.toContain('the');
    expect(t.subject).not.toContain('its');
    expect(t.values).toEqual(['2008']);
  });

  it('files declared and declaration, agreed and agrees under one stem', () => {
    const [a, b] = [
      statementTerms('Kosovo declared independence'),
      statementTerms("Kosovo's declaration of independence"),
    ];
    expect(a.subject.filter((w) => b.subject.includes(w))).toEqual(
      expect.arrayContaining(['kosovo', 'declar']),
    );
  });

  it('keeps numbers, number words, months and weekdays out of the subject', () => {
    const t = statementTerms('Three ferries left on Monday, 14 March, carrying 1,240 passengers.');
    expect(t.values).toEqual(expect.arrayContaining(['3', 'monday', '14', 'march', '1240']));
    expect(t.subject).toEqual(expect.arrayContaining(['ferri', 'left', 'carri', 'passeng']));
    for (const v of t.values) expect(t.subject).not.toContain(v);
  });

  it('folds the usual synonyms of a death toll onto one predicate', () => {
    const killed = statementTerms('The fire killed 14 people.').subject;
    const died = statementTerms('Fourteen people died in the fire.').subject;
    expect(killed).toContain('die');
    expect(died).toContain('die');
  });

  it('gives one key to wordings that differ only in case, punctuation, quotes or spelling', () => {
    const key = statementKey('The council “normalised” relations, said the mayor.');
    expect(statementKey('the council "normalized" relations said the Mayor')).toBe(key);
    expect(statementKey('The council normalised relations, said the minister.')).not.toBe(key);
  });
});

describe('the statement index', () => {
  const dossier = [
    'Kosovo declared independence in 2008, almost a decade after the war. Kosovo and Serbia met in Brussels.',
    'Kosovo and Serbia held talks on Thursday. Kosovo and Serbia failed to agree on the normalisation of relations.',
    'It is worth noting that Kosovo declared independence from Serbia in 2008. Kosovo and Serbia remain apart.',
    'Kosovo and Serbia were urged to speed up the dialogue. Kosovo and Serbia should normalise their ties.',
  ];

  it('weighs a word every sentence shares little and a distinctive one a lot', () => {
    const index = new StatementIndex();
    dossier.forEach((text, i) => fileArticle(index, i, text));
    expect(index.idf('kosovo')).toBeLessThan(index.idf('independ') / 3);
  });

  it('finds a short restatement inside a long sentence by its rare words, as the first candidate', () => {
    const index = new StatementIndex();
    dossier.forEach((text, i) => fileArticle(index, i, text));
    const [first, second] = index.search(statementTerms('Kosovo declared independence in 2008'));
    const found = [first!.statement.text, second!.statement.text];
    expect(found.some((t) => t.startsWith('Kosovo declared independence in 2008'))).toBe(true);
    expect(found.some((t) => t.startsWith('It is worth noting'))).toBe(true);
    expect(first!.queryCovered).toBeGreaterThan(0.9);
  });

  it('files a wording carried by many articles once, with every occurrence', () => {
    const index = new StatementIndex();
    const wire = 'The agency said 14 people died when the ferry caught fire off the coast.';
    for (let n = 0; n < 300; n++)
      fileArticle(index, n, `${wire} Copy number ${n} of the feed ran here today.`);
    const statement = index.statementByKey(statementKey(wire))!;
    expect(statement.occurrences).toHaveLength(300);
    expect(index.search(statementTerms(wire)).filter((c) => c.statement.key === statement.key)).toHaveLength(
      1,
    );
  });

  it('takes an article out and puts a changed view of it back without leaving the old one', () => {
    const index = new StatementIndex();
    fileArticle(index, 1, 'The bridge opened to traffic in 1998 after four years of work.');
    fileArticle(index, 2, 'The bridge opened to traffic in 1998 after four years of work.');
    const key = statementKey('The bridge opened to traffic in 1998 after four years of work.');
    expect(index.statementByKey(key)!.occurrences).toHaveLength(2);
    fileArticle(index, 1, 'The tunnel was closed for repairs during the whole summer season.');
    expect(index.statementByKey(key)!.occurrences.map((o) => o.articleId)).toEqual([id(2)]);
    index.remove(id(2));
    expect(index.statementByKey(key)).toBeNull();
    expect(index.search(statementTerms('The bridge opened to traffic in 1998'))).toEqual([]);
    expect(index.articleCount).toBe(1);
  });

  it('proposes nothing for a sentence sharing only a year with the workspace', () => {
    const index = new StatementIndex();
    fileArticle(index, 1, 'In 2013 the museum reopened after a long renovation of its halls.');
    const found = index.search(statementTerms('In 2013 the parties agreed to a sponsored dialogue.'));
    expect(found).toEqual([]);
  });

  it("still finds the other sources when the query's own story crowds the best candidates", () => {
    // 150 versions of one story, each a distinct wording close to the query, and one other
    // outlet's weaker restatement: leaving the versions out must not leave the index empty-handed.
    const index = new StatementIndex();
    for (let n = 0; n < 150; n++)
      fileArticle(
        index,
        n,
        `The Holm Venture ferry caught fire off Brask with 480 people aboard, update ${n} said.`,
      );
    fileArticle(index, 999, 'A ferry fire near Brask forced the crew of the Holm Venture to leave.');
    const own = new Set(Array.from({ length: 150 }, (_, n) => id(n)));
    const query = statementTerms('The Holm Venture ferry caught fire off Brask with 480 people aboard.');
    expect(index.search(query, 40).every((c) => own.has(c.statement.occurrences[0]!.articleId))).toBe(true);
    const found = index.search(query, 40, own);
    expect(found.map((c) => c.statement.occurrences[0]!.articleId)).toEqual([id(999)]);
    // A chosen set works the same way: only its articles are searched.
    expect(index.search(query, 40, undefined, new Set([id(999)])).map((c) => c.statement.text)).toEqual([
      'A ferry fire near Brask forced the crew of the Holm Venture to leave.',
    ]);
  });
});

describe('the index as flat parts (its snapshot on disk)', () => {
  const texts = [
    'The council approved the budget of 4.2 million on Tuesday. The mayor said the vote was close.',
    'The council approved the budget of 4.2 million on Tuesday. Critics said 14 schools would close.',
    'The council approved the budget of 4,2 million on Tuesday. The mayor said the vote was close!',
    'Police said 14 people died in the ferry fire. The ferry sank near Brask on 3 March 2025.',
    'Police said 12 people died in the ferry fire. Rescuers searched the harbour all night.',
    'The harbour board approved a new quay. Work starts in May and costs 9 million euros.',
  ];
  const build = () => {
    const index = new StatementIndex();
    texts.forEach((text, n) => fileArticle(index, n, text));
    // A replaced article and a removed one: dead wordings, later occurrences, variants.
    fileArticle(index, 1, texts[1]!.replace('14 schools', '15 schools'));
    index.remove(id(4));
    fileArticle(index, 7, texts[0]!);
    return index;
  };
  const queries = [
    'The council approved the budget on Tuesday',
    'How many people died in the ferry fire?',
    'the vote was close',
    'a new quay for the harbour',
  ].map(statementTerms);

  it('reads back as the same index: the same parts, the same answers', () => {
    const index = build();
    const again = StatementIndex.fromParts(index.toParts());
    expect(again.toParts()).toEqual(index.toParts());
    for (const q of queries) expect(describeHits(again.search(q))).toEqual(describeHits(index.search(q)));
    expect(again.statementCount).toBe(index.statementCount);
    expect([...again.articleIds()]).toEqual([...index.articleIds()]);
  });

  it('goes on as the same index: filing and removing after it was read back change both alike', () => {
    const [index, again] = [build(), StatementIndex.fromParts(build().toParts())];
    for (const i of [index, again]) {
      fileArticle(i, 8, 'The harbour board approved a new quay. Work starts in June, the board said.');
      i.remove(id(0));
      fileArticle(i, 9, texts[3]!);
    }
    expect(again.toParts()).toEqual(index.toParts());
    for (const q of queries) expect(describeHits(again.search(q))).toEqual(describeHits(index.search(q)));
  });
});

/** A search's answer as plain data. */
function describeHits(hits: ReturnType<StatementIndex['search']>) {
  return hits.map((h) => ({
    key: h.statement.key,
    text: h.statement.text,
    terms: h.statement.terms,
    occurrences: h.statement.occurrences,
    queryCovered: h.queryCovered,
    statementCovered: h.statementCovered,
    shared: h.shared,
  }));
}
