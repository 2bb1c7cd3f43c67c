// A page's history as VersionIndex groups it: files of one page address are one story whatever
// their texts say; a short first version that later grew is one story with its update when the
// outlet is the same and the dates allow it; a text quoted whole by another outlet, a later
// excerpt, another page of the same outlet and texts without an outlet stay apart; a wire story
// copied hundreds of times (more than a full LSH bucket) is one story. Texts are generated from
// a seeded vocabulary, so unrelated texts share no five-word runs by chance.
import { describe, expect, it } from 'vitest';
import { groupVersions, VersionIndex, type VersionInput } from '../../../shared/stories';
import { MAX_BUCKET } from '../../../shared/stories/lsh';
import { seededRandom } from '../../../bench/lib/prng';

const SYLLABLES = 'ka ri lo ve ma to sa ne di bo ha li ru el an or mi te su va ko re na pi da go fe lu'.split(
  ' ',
);
/** `count` sentences of 12–20 made-up words. */
function sentences(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(random.next() * 2) },
      () => SYLLABLES[Math.floor(random.next() * SYLLABLES.length)],
    ).join('');
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 12 + Math.floor(random.next() * 9) }, word);
    return `${words.join(' ')}.`;
  });
}

const groupsOf = (docs: VersionInput[]) => groupVersions(docs).groups.map((g) => [...g].sort());
const together = (docs: VersionInput[], a: string, b: string) =>
  groupsOf(docs).some((g) => g.includes(a) && g.includes(b));

describe('versions of one page', () => {
  it('groups files of one page address, however much the text was rewritten, and says why', () => {
    const docs = [
      { id: 'morning', text: sentences(1, 6).join(' '), page: 'post.example/news/vote' },
      { id: 'evening', text: sentences(2, 6).join(' '), page: 'post.example/news/vote' },
      { id: 'other', text: sentences(3, 6).join(' '), page: 'post.example/news/other' },
    ];
    const result = groupVersions(docs);
    expect(result.groups).toEqual([['morning', 'evening'], ['other']]);
    expect(result.pairs).toEqual([
      expect.objectContaining({ a: 'morning', b: 'evening', basis: 'same page' }),
    ]);
  });

  it('never joins texts because both lack a page address', () => {
    const docs = [
      { id: 'a', text: sentences(4, 6).join(' '), page: null },
      { id: 'b', text: sentences(5, 6).join(' '), page: null },
    ];
    expect(groupsOf(docs)).toEqual([['a'], ['b']]);
  });
});

describe('a first version that grew', () => {
  const breaking = sentences(10, 3);
  const added = sentences(11, 9);
  // The update puts a new lead on top and adds nine sentences: about four times the words.
  const update = [added[0]!, ...breaking, ...added.slice(1)].join(' ');
  const first = { id: 'breaking', text: breaking.join(' '), outlet: 'Harbour Post', date: '2025-03-01' };
  const later = { id: 'update', text: update, outlet: 'The Harbour Post', date: '2025-03-02' };

  it('is one story with its update from the same outlet, with the basis "first version"', () => {
    const result = groupVersions([first, later]);
    expect(result.groups).toEqual([['breaking', 'update']]);
    expect(result.pairs.map((p) => p.basis)).toEqual(['first version']);
  });

  it('is found whichever of the two was imported first, and on the same day', () => {
    expect(together([later, first], 'breaking', 'update')).toBe(true);
    expect(together([first, { ...later, date: '2025-03-01' }], 'breaking', 'update')).toBe(true);
    expect(together([{ ...first, date: null }, later], 'breaking', 'update')).toBe(true);
  });

  it('stays apart when quoted whole by another outlet (the hard negative)', () => {
    expect(together([first, { ...later, outlet: 'Coastline Review' }], 'breaking', 'update')).toBe(false);
  });

  it('stays apart when the short text is dated after the long one (an excerpt, not a first version)', () => {
    expect(together([{ ...first, date: '2025-03-05' }, later], 'breaking', 'update')).toBe(false);
  });

  it('stays apart when neither says its outlet, or when the two are different pages', () => {
    expect(
      together(
        [
          { ...first, outlet: null },
          { ...later, outlet: null },
        ],
        'breaking',
        'update',
      ),
    ).toBe(false);
    expect(
      together(
        [
          { ...first, page: 'post.example/a' },
          { ...later, page: 'post.example/b' },
        ],
        'breaking',
        'update',
      ),
    ).toBe(false);
  });

  it('stays apart when less than nine tenths of the short text is in the long one', () => {
    const rewritten = [breaking[0]!, ...sentences(12, 1), breaking[2]!].join(' ');
    expect(together([{ ...first, text: rewritten }, later], 'breaking', 'update')).toBe(false);
  });
});

describe('a wire story copied by many outlets', () => {
  const body = sentences(20, 10);
  /** Each copy: the body, with an outlet's own last line; every fifth copy drops the last sentence. */
  const copies = (n: number): VersionInput[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `copy-${i}`,
      text: [...body.slice(0, i % 5 === 4 ? -1 : undefined), ...sentences(1000 + i, 1)].join(' '),
    }));

  it(`is one story at ${MAX_BUCKET + 100} copies, more than a full LSH bucket`, () => {
    const others = Array.from({ length: 50 }, (_, i) => ({
      id: `other-${i}`,
      text: sentences(5000 + i, 8).join(' '),
    }));
    const groups = groupsOf([...copies(MAX_BUCKET + 100), ...others]);
    expect(groups.filter((g) => g[0]!.startsWith('copy-')).map((g) => g.length)).toEqual([MAX_BUCKET + 100]);
    expect(groups.filter((g) => g[0]!.startsWith('other-'))).toHaveLength(50);
  });
});

describe('a version index kept and restored', () => {
  it('goes on after a restore exactly as if it had never stopped', () => {
    const breaking = sentences(30, 3);
    const docs: VersionInput[] = [
      { id: 'breaking', text: breaking.join(' '), outlet: 'Harbour Post', date: '2025-03-01' },
      { id: 'other', text: sentences(31, 6).join(' '), outlet: 'Harbour Post', page: 'post.example/x' },
      { id: 'copy', text: [...sentences(32, 5), 'A closing line.'].join(' ') },
      {
        id: 'update',
        text: [...sentences(33, 1), ...breaking, ...sentences(34, 8)].join(' '),
        outlet: 'Harbour Post',
        date: '2025-03-02',
      },
      { id: 'same-page', text: sentences(35, 6).join(' '), page: 'post.example/x' },
      { id: 'copy-2', text: [...sentences(32, 5), 'Another closing line.'].join(' ') },
    ];
    const whole = new VersionIndex();
    whole.add(docs);
    const first = new VersionIndex();
    first.add(docs.slice(0, 3));
    const restored = VersionIndex.restore(first.snapshot());
    const pairs = restored.add(docs.slice(3));
    expect(restored.groups()).toEqual(whole.groups());
    expect(restored.groups()).toEqual([
      ['breaking', 'update'],
      ['other', 'same-page'],
      ['copy', 'copy-2'],
    ]);
    expect(pairs.map((p) => p.basis).sort()).toEqual(['first version', 'same page', 'similar text']);
    // Only the three new texts were signed after the restore.
    expect(restored.stats.signed).toBe(3);
  });
});
