// The workspace-wide retrieval index over statements (sentences). Every sentence of every
// article is filed once per distinct wording: the thousand copies of a wire sentence are one
// statement with a thousand occurrences, so matching work follows the number of different
// things said, not the number of copies. Words are weighted by how rare they are among the
// workspace's statements (BM25's inverse document frequency over sentences), so in a dossier
// where every sentence says "Kosovo", "Kosovo" weighs little and "declared independence … 2008"
// weighs a lot. The index only proposes candidates; relate-statements.ts decides.
// Kept compact, since a workspace of 20,000 articles files some 220,000 wordings: a wording's
// words are term numbers in one shared pool, its occurrences number triples, and both are
// turned back into strings and objects only for the few dozen candidates a query reads.
import type { StatementTerms } from './statement-terms';
import { namesIn } from './statement-facts';
import { ownCopy } from '../own-copy';

/** One sentence of an article as the index files it. */
export interface IndexedSentence {
  /** statementKey of the sentence: equal for the same wording, whatever the cosmetics. */
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly terms: StatementTerms;
}

export interface Occurrence {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** This article's own wording, when it differs cosmetically from the statement's first one. */
  readonly text?: string;
}

export interface IndexedStatement {
  readonly id: number;
  readonly key: string;
  /** The wording of its first occurrence. */
  readonly text: string;
  readonly terms: StatementTerms;
  /** Every article carrying this wording, in the order they were added (removed ones dropped). */
  readonly occurrences: readonly Occurrence[];
}

export interface Candidate {
  readonly statement: IndexedStatement;
  /** Rarity-weighted share of the query's subject words found in the statement (0–1). */
  readonly queryCovered: number;
  /** Rarity-weighted share of the statement's subject words found in the query (0–1). */
  readonly statementCovered: number;
  /** The subject words both share, rarest first. */
  readonly shared: readonly string[];
}

/** The statements a word is in, and the word's weight as of the index's size `at`. */
interface Posting {
  ids: number[];
  idf: number;
  at: number;
}

/**
 * The whole index as flat data — typed arrays and lists of strings — for a snapshot on disk
 * (electron/store/statement-index-snapshot.ts): read back, it is the same index without
 * filing a sentence again. What can be worked out from these (the maps from keys, words and
 * article ids to numbers, the postings' order, word weights) is worked out again.
 */
export interface IndexParts {
  readonly keys: readonly string[];
  readonly texts: readonly string[];
  readonly at: Int32Array;
  readonly subjectCounts: Int32Array;
  readonly valueCounts: Int32Array;
  readonly first: Int32Array;
  /** Later occurrences: [wording, triple count, …triples] one wording after another. */
  readonly more: Int32Array;
  /** [wording, [[article number, wording text], …]] for wordings an article words otherwise. */
  readonly variants: readonly (readonly [number, readonly (readonly [number, string])[]])[];
  readonly words: readonly string[];
  readonly wordIds: Int32Array;
  /** Each pool word's postings, one after another; `postingEnds[n]` ends word n's. */
  readonly postingIds: Int32Array;
  readonly postingEnds: Int32Array;
  readonly articleIdOf: readonly string[];
  /** The filed articles in their order: ids, and where each one's wordings end in `articleWordings`. */
  readonly articleIds: readonly string[];
  readonly articleWordings: Int32Array;
  readonly articleEnds: Int32Array;
  readonly alive: Uint8Array;
  readonly live: number;
}

// Words, keys and texts are kept as strings of their own (ownCopy): a sentence or word cut
// out of an article's text is, in V8, a slice that keeps the whole text alive, and a key built
// by concatenation a tree of strings — an index built from the articles themselves held some
// 50 MB more at 20,000 articles than the same index read back from its file.

/** Every word of every wording, once: the words as numbers, in one growing array. */
class TermPool {
  ids = new Int32Array(1 << 16);
  length = 0;
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(word: string): number {
    let n = this.numbers.get(word);
    if (n === undefined) {
      n = this.strings.length;
      const own = ownCopy(word);
      this.strings.push(own);
      this.numbers.set(own, n);
    }
    return n;
  }

  /** Takes a pool's words as they were numbered (from an index's parts). */
  adopt(words: readonly string[]): void {
    words.forEach((word, n) => {
      this.strings.push(word);
      this.numbers.set(word, n);
    });
  }

  /** Stores the words; answers where they start. */
  push(words: readonly string[]): number {
    const at = this.length;
    if (at + words.length > this.ids.length) {
      const grown = new Int32Array(Math.max(this.ids.length * 2, at + words.length));
      grown.set(this.ids.subarray(0, at));
      this.ids = grown;
    }
    for (const w of words) this.ids[this.length++] = this.number(w);
    return at;
  }

  words(at: number, count: number): string[] {
    const out = new Array<string>(count);
    for (let k = 0; k < count; k++) out[k] = this.strings[this.ids[at + k]!]!;
    return out;
  }
}

/**
 * Every wording of the index, one array per field: an object per wording (and an array of
 * occurrences each) cost some 170 bytes a wording, 38 MB at 20,000 articles; these arrays cost
 * about 40. Its words live in the pool; its first occurrence is a number triple in `first`,
 * the rarer later ones triples in `more`.
 */
class Wordings {
  readonly keys: string[] = [];
  readonly texts: string[] = [];
  /** Where each wording's words start in the pool: the subject words, then the value words. */
  at = new Int32Array(1024);
  subjectCounts = new Int32Array(1024);
  valueCounts = new Int32Array(1024);
  /** [article number, start, end] of each wording's first occurrence; article -1: none left. */
  first = new Int32Array(3 * 1024);
  /** The later occurrences, as triples in the order they were added, of wordings with any. */
  readonly more = new Map<number, number[]>();
  /** An occurrence's own wording where it differs cosmetically from the first, by article number. */
  readonly variants = new Map<number, Map<number, string>>();

  get length(): number {
    return this.keys.length;
  }

  add(key: string, text: string, at: number, subjectCount: number, valueCount: number): number {
    const id = this.keys.length;
    if (id >= this.at.length) {
      const size = this.at.length * 2;
      this.at = grown(this.at, size);
      this.subjectCounts = grown(this.subjectCounts, size);
      this.valueCounts = grown(this.valueCounts, size);
      this.first = grown(this.first, 3 * size);
    }
    this.keys.push(ownCopy(key));
    this.texts.push(ownCopy(text));
    this.at[id] = at;
    this.subjectCounts[id] = subjectCount;
    this.valueCounts[id] = valueCount;
    this.first[3 * id] = -1;
    return id;
  }

  /** The wording's occurrences as [article number, start, end] triples, in the order added. */
  triples(id: number): number[] {
    if (this.first[3 * id]! < 0) return [];
    const [no, start, end] = this.first.subarray(3 * id, 3 * id + 3);
    return [no!, start!, end!, ...(this.more.get(id) ?? [])];
  }

  /** Whether an article the test accepts carries the wording (by article number). */
  carriedBy(id: number, test: (no: number) => boolean): boolean {
    const no = this.first[3 * id]!;
    if (no < 0) return false;
    if (test(no)) return true;
    const more = this.more.get(id);
    if (more) for (let k = 0; k < more.length; k += 3) if (test(more[k]!)) return true;
    return false;
  }

  /** Whether some article carries the wording. */
  carried(id: number): boolean {
    return this.first[3 * id]! >= 0;
  }

  carries(id: number, no: number): boolean {
    if (this.first[3 * id] === no) return true;
    const more = this.more.get(id);
    if (more) for (let k = 0; k < more.length; k += 3) if (more[k] === no) return true;
    return false;
  }

  /** Adds an occurrence after the others. */
  occur(id: number, no: number, start: number, end: number): void {
    if (this.first[3 * id]! < 0) this.first.set([no, start, end], 3 * id);
    else {
      const more = this.more.get(id);
      if (more) more.push(no, start, end);
      else this.more.set(id, [no, start, end]);
    }
  }

  /** Takes one article's occurrence out; the next one, if any, becomes the first. */
  drop(id: number, no: number): void {
    const rest = this.triples(id).filter((_, k, all) => all[k - (k % 3)] !== no);
    this.first[3 * id] = -1;
    this.more.delete(id);
    for (let k = 0; k < rest.length; k += 3) this.occur(id, rest[k]!, rest[k + 1]!, rest[k + 2]!);
    this.variants.get(id)?.delete(no);
  }

  /** Gives back the room the later-occurrence arrays reserved while growing. */
  compact(): void {
    for (const [id, more] of this.more) this.more.set(id, more.slice());
  }
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}

/** A wording as the index's users see it: read from the arrays when asked. */
class Statement implements IndexedStatement {
  constructor(
    readonly id: number,
    private readonly index: {
      readonly pool: TermPool;
      readonly wordings: Wordings;
      readonly articleIdOf: readonly string[];
    },
  ) {}

  get key(): string {
    return this.index.wordings.keys[this.id]!;
  }

  get text(): string {
    return this.index.wordings.texts[this.id]!;
  }

  get terms(): StatementTerms {
    const { pool, wordings } = this.index;
    const [at, subject] = [wordings.at[this.id]!, wordings.subjectCounts[this.id]!];
    return {
      subject: pool.words(at, subject),
      values: pool.words(at + subject, wordings.valueCounts[this.id]!),
    };
  }

  get occurrences(): Occurrence[] {
    const { wordings, articleIdOf } = this.index;
    const triples = wordings.triples(this.id);
    const variants = wordings.variants.get(this.id);
    const out: Occurrence[] = [];
    for (let k = 0; k < triples.length; k += 3) {
      const [no, start, end] = [triples[k]!, triples[k + 1]!, triples[k + 2]!];
      const articleId = articleIdOf[no]!;
      const text = variants?.get(no);
      out.push(text === undefined ? { articleId, start, end } : { articleId, start, end, text });
    }
    return out;
  }
}

/** Postings a query walks at most (beyond its rarest words), so its cost stays flat as the workspace grows. */
const POSTING_BUDGET = 5_000;
/** The rarest words are always walked, however long their lists. */
const MIN_WALKED = 2;
/** Best-scored statements read beyond those wanted, for the ones left out (the query's own story). */
const LOOK_AHEAD = 24;
/** Value words (years, figures) count for this much of a subject word when ranking. */
const VALUE_WEIGHT = 0.5;

export class StatementIndex {
  readonly wordings = new Wordings();
  private readonly byKey = new Map<string, number>();
  private readonly postings = new Map<string, Posting>();
  private readonly articles = new Map<string, number[]>();
  readonly pool = new TermPool();
  /** Articles by number (occurrences name an article by its number), and numbers by id. */
  readonly articleIdOf: string[] = [];
  private readonly articleNo = new Map<string, number>();
  private live = 0;
  /** 1 for a statement some article carries, 0 once its last article was removed. */
  private alive = new Uint8Array(1024);
  private scores = new Float64Array(0);
  private readonly names = new Map<string, ReadonlySet<string>>();

  get statementCount(): number {
    return this.live;
  }

  get articleCount(): number {
    return this.articles.size;
  }

  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  articleIds(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** Files an article's sentences (replacing what was filed for it before). */
  add(articleId: string, sentences: readonly IndexedSentence[]): void {
    if (this.articles.has(articleId)) this.remove(articleId);
    let no = this.articleNo.get(articleId);
    if (no === undefined) {
      no = this.articleIdOf.length;
      this.articleIdOf.push(articleId);
      this.articleNo.set(articleId, no);
    }
    const ids: number[] = [];
    const { wordings } = this;
    for (const s of sentences) {
      let id = this.byKey.get(s.key);
      if (id === undefined) {
        const { subject, values } = s.terms;
        const at = this.pool.push(subject);
        this.pool.push(values);
        id = wordings.add(s.key, s.text, at, subject.length, values.length);
        this.byKey.set(wordings.keys[id]!, id);
        // The pool's copy of each word: one string per word for the whole index.
        for (let k = 0; k < subject.length + values.length; k++)
          this.post(this.pool.strings[this.pool.ids[at + k]!]!, id);
      }
      if (wordings.carries(id, no)) continue;
      if (!wordings.carried(id)) {
        this.live++;
        this.setAlive(id, 1);
      }
      wordings.occur(id, no, s.start, s.end);
      if (s.text !== wordings.texts[id]) {
        let variants = wordings.variants.get(id);
        if (!variants) wordings.variants.set(id, (variants = new Map()));
        variants.set(no, ownCopy(s.text));
      }
      ids.push(id);
    }
    this.articles.set(articleId, ids.slice());
  }

  /**
   * Gives back the room arrays reserved while growing (V8 reserves half again plus sixteen
   * slots at each growth): called after a bulk of additions, it takes a 20,000-article index's
   * postings and occurrence lists from about 70 to 35 MB.
   */
  compact(): void {
    for (const p of this.postings.values()) if (p.ids.length > 1) p.ids = p.ids.slice();
    this.wordings.compact();
  }

  /** The index as flat data (see IndexParts). Sized first, so no list is built twice. */
  toParts(): IndexParts {
    const { wordings, pool } = this;
    const n = wordings.length;
    let size = 0;
    for (const triples of wordings.more.values()) size += 2 + triples.length;
    const more = new Int32Array(size);
    let k = 0;
    for (const [id, triples] of wordings.more) {
      [more[k], more[k + 1]] = [id, triples.length / 3];
      more.set(triples, k + 2);
      k += 2 + triples.length;
    }
    size = 0;
    for (const p of this.postings.values()) size += p.ids.length;
    const postingIds = new Int32Array(size);
    const postingEnds = new Int32Array(pool.strings.length);
    k = 0;
    pool.strings.forEach((word, w) => {
      const { ids } = this.postings.get(word)!;
      postingIds.set(ids, k);
      postingEnds[w] = k += ids.length;
    });
    size = 0;
    for (const ids of this.articles.values()) size += ids.length;
    const articleWordings = new Int32Array(size);
    const articleEnds = new Int32Array(this.articles.size);
    k = 0;
    let a = 0;
    for (const ids of this.articles.values()) {
      articleWordings.set(ids, k);
      articleEnds[a++] = k += ids.length;
    }
    return {
      keys: wordings.keys,
      texts: wordings.texts,
      at: wordings.at.slice(0, n),
      subjectCounts: wordings.subjectCounts.slice(0, n),
      valueCounts: wordings.valueCounts.slice(0, n),
      first: wordings.first.slice(0, 3 * n),
      more,
      variants: [...wordings.variants].map(([id, byArticle]) => [id, [...byArticle]] as const),
      words: pool.strings,
      wordIds: pool.ids.slice(0, pool.length),
      postingIds,
      postingEnds,
      articleIdOf: this.articleIdOf,
      articleIds: [...this.articles.keys()],
      articleWordings,
      articleEnds,
      alive: this.alive.slice(0, n),
      live: this.live,
    };
  }

  /** The index these parts were made of (toParts), its maps worked out again. */
  static fromParts(parts: IndexParts): StatementIndex {
    const index = new StatementIndex();
    const { wordings, pool } = index;
    const n = parts.keys.length;
    const capacity = Math.max(1024, n);
    for (let id = 0; id < n; id++) {
      wordings.keys.push(parts.keys[id]!);
      wordings.texts.push(parts.texts[id]!);
    }
    wordings.at = grown(parts.at, capacity);
    wordings.subjectCounts = grown(parts.subjectCounts, capacity);
    wordings.valueCounts = grown(parts.valueCounts, capacity);
    wordings.first = grown(parts.first, 3 * capacity);
    for (let k = 0; k < parts.more.length;) {
      const [id, count] = [parts.more[k]!, parts.more[k + 1]!];
      wordings.more.set(id, Array.from(parts.more.subarray(k + 2, k + 2 + 3 * count)));
      k += 2 + 3 * count;
    }
    for (const [id, byArticle] of parts.variants) wordings.variants.set(id, new Map(byArticle));
    for (let id = 0; id < n; id++) index.byKey.set(parts.keys[id]!, id);
    pool.ids = grown(parts.wordIds, Math.max(1 << 16, parts.wordIds.length));
    pool.length = parts.wordIds.length;
    pool.adopt(parts.words);
    let from = 0;
    parts.words.forEach((word, k) => {
      const to = parts.postingEnds[k]!;
      index.postings.set(word, { ids: Array.from(parts.postingIds.subarray(from, to)), idf: 0, at: -1 });
      from = to;
    });
    parts.articleIdOf.forEach((id, no) => {
      index.articleIdOf.push(id);
      index.articleNo.set(id, no);
    });
    from = 0;
    parts.articleIds.forEach((id, k) => {
      const to = parts.articleEnds[k]!;
      index.articles.set(id, Array.from(parts.articleWordings.subarray(from, to)));
      from = to;
    });
    index.alive = new Uint8Array(capacity);
    index.alive.set(parts.alive);
    index.live = parts.live;
    return index;
  }

  /** The names written anywhere in an article's statements (what the article is about). */
  namesOf(articleId: string): ReadonlySet<string> | undefined {
    let names = this.names.get(articleId);
    if (names === undefined) {
      const ids = this.articles.get(articleId);
      if (!ids) return undefined;
      const all = new Set<string>();
      for (const id of ids) for (const n of namesIn(this.wordings.texts[id]!)) all.add(n);
      this.names.set(articleId, (names = all));
    }
    return names;
  }

  /** Takes an article's sentences out (its file changed view: restored lines, boilerplate). */
  remove(articleId: string): void {
    this.names.delete(articleId);
    const ids = this.articles.get(articleId);
    if (!ids) return;
    const no = this.articleNo.get(articleId)!;
    for (const id of ids) {
      this.wordings.drop(id, no);
      if (!this.wordings.carried(id)) {
        this.live--;
        this.setAlive(id, 0);
      }
    }
    this.articles.delete(articleId);
  }

  /** Inverse document frequency of a word over the statements (BM25's form, never negative). */
  idf(term: string): number {
    const n = Math.max(this.wordings.length, 1);
    const p = this.postings.get(term);
    if (!p) return Math.log(1 + (n + 0.5) / 0.5);
    // Weights are asked for constantly and change only as statements are added: each word
    // keeps its own, worked out again once the index has grown.
    if (p.at !== n) {
      p.idf = Math.log(1 + (n - p.ids.length + 0.5) / (p.ids.length + 0.5));
      p.at = n;
    }
    return p.idf;
  }

  statementByKey(key: string): IndexedStatement | null {
    const id = this.byKey.get(key);
    return id !== undefined && this.wordings.carried(id) ? new Statement(id, this) : null;
  }

  /**
   * The statements sharing the most rare words with the query, best first. Words are walked
   * rarest first within a budget of postings, so a query costs about the same in a workspace
   * of 2,000 articles as of 20,000: common words (long lists) add little weight and are only
   * counted for the candidates the rare words found.
   */
  search(
    query: StatementTerms,
    limit = 40,
    /** Articles whose statements are not wanted (the query's own story): left out before the cut. */
    exclude?: ReadonlySet<string>,
    /** When given, only statements of these articles are wanted (a set the reviewer chose). */
    within?: ReadonlySet<string>,
  ): Candidate[] {
    const counts = (articleId: string) => !exclude?.has(articleId) && (!within || within.has(articleId));
    const counted = (no: number) => counts(this.articleIdOf[no]!);
    const eligible = (id: number) => this.wordings.carriedBy(id, counted);
    const weights = new Map<string, number>();
    let queryTotal = 0;
    for (const t of query.subject) {
      const w = this.idf(t);
      weights.set(t, w);
      queryTotal += w;
    }
    const terms = [
      ...query.subject.map((t) => ({ t, w: weights.get(t)!, list: this.postings.get(t)?.ids })),
      ...query.values.map((t) => ({ t, w: this.idf(t) * VALUE_WEIGHT, list: this.postings.get(t)?.ids })),
    ]
      .filter((x) => x.list !== undefined)
      .sort((x, y) => y.w - x.w);
    const wanted = limit * 2;
    // Whether a statement is wanted (not only in the query's own story, inside the chosen set)
    // is asked of the best few first: asking it of every statement touched means reading
    // thousands of scattered entries, the cost that grew with the workspace. Only when too
    // few of the best are wanted (a story of many versions, a small chosen set) is every
    // touched statement asked before the cut.
    const best = this.bestScored(terms, wanted + LOOK_AHEAD, null);
    let kept = best.ids.filter(eligible);
    if (kept.length < wanted && best.more) kept = this.bestScored(terms, wanted, eligible).ids;
    kept = kept.slice(0, wanted);

    const out: Candidate[] = [];
    const { at, subjectCounts } = this.wordings;
    for (const id of kept) {
      let shared = 0;
      let own = 0;
      const words: string[] = [];
      for (let k = at[id]!; k < at[id]! + subjectCounts[id]!; k++) {
        const t = this.pool.strings[this.pool.ids[k]!]!;
        const w = weights.get(t) ?? this.idf(t);
        own += w;
        if (weights.has(t)) {
          shared += w;
          words.push(t);
        }
      }
      if (words.length === 0) continue;
      words.sort((a, b) => weights.get(b)! - weights.get(a)!);
      out.push({
        statement: new Statement(id, this),
        queryCovered: queryTotal ? shared / queryTotal : 0,
        statementCovered: own ? shared / own : 0,
        shared: words,
      });
    }
    out.sort((a, b) => rank(b) - rank(a));
    return out.slice(0, limit);
  }

  /**
   * The `wanted` statements with the highest partial scores, best first, and whether more were
   * touched. Words are walked rarest first within the posting budget; statements no article
   * carries any more (removed) never compete, nor do those `eligible` refuses.
   */
  private bestScored(
    terms: readonly { w: number; list: number[] | undefined }[],
    wanted: number,
    eligible: ((id: number) => boolean) | null,
  ): { ids: number[]; more: boolean } {
    const scores = this.scratch();
    const alive = this.alive;
    const touched: number[] = [];
    const skipped: number[] = [];
    let visited = 0;
    let walked = 0;
    for (const { w, list } of terms) {
      if (walked >= MIN_WALKED && visited + list!.length > POSTING_BUDGET) continue;
      walked++;
      visited += list!.length;
      for (const id of list!) {
        const score = scores[id]!;
        if (score === 0) {
          if (alive[id] === 0 || (eligible && !eligible(id))) {
            scores[id] = -1;
            skipped.push(id);
            continue;
          }
          touched.push(id);
        } else if (score < 0) continue;
        scores[id] = score + w;
      }
    }
    // The best few dozen by their partial score, found in linear time: no sort of thousands,
    // and of many candidates tied at the cut (one common word each) only as many as wanted.
    const floor =
      touched.length > wanted
        ? kthLargest(
            touched.map((id) => scores[id]!),
            wanted,
          )
        : 0;
    const ids: number[] = [];
    let tied = 0;
    for (const id of touched) {
      const score = scores[id]!;
      if (score < floor) continue;
      if (score === floor && ++tied > wanted) continue;
      ids.push(id);
    }
    ids.sort((x, y) => scores[y]! - scores[x]!);
    for (const id of touched) scores[id] = 0;
    for (const id of skipped) scores[id] = 0;
    return { ids: ids.slice(0, wanted), more: touched.length > ids.length };
  }

  /** One score per statement, all zero: reused by every query (only touched slots are reset). */
  private scratch(): Float64Array {
    if (this.scores.length < this.wordings.length)
      this.scores = new Float64Array(Math.max(1024, this.wordings.length * 2));
    return this.scores;
  }

  private setAlive(id: number, value: 0 | 1): void {
    if (id >= this.alive.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.alive.length * 2));
      grown.set(this.alive);
      this.alive = grown;
    }
    this.alive[id] = value;
  }

  private post(term: string, id: number): void {
    const p = this.postings.get(term);
    if (p) p.ids.push(id);
    else this.postings.set(term, { ids: [id], idf: 0, at: -1 });
  }
}

/** Containment of the shorter statement in the longer, the measure a restatement is found by. */
function rank(c: Candidate): number {
  return Math.max(c.queryCovered, c.statementCovered) + 0.25 * Math.min(c.queryCovered, c.statementCovered);
}

/** The k-th largest of the values (quickselect; reorders the array it is given). */
function kthLargest(values: number[], k: number): number {
  let [lo, hi] = [0, values.length - 1];
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let [i, j] = [lo, hi];
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j]!, values[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}
