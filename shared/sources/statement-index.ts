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
      this.strings.push(word);
      this.numbers.set(word, n);
    }
    return n;
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

/** One wording of the index. Its words live in the pool; its occurrences are number triples. */
class Entry implements IndexedStatement {
  /** [article number, start, end] per article carrying the wording, in the order they were added. */
  occ: number[] = [];
  /** An occurrence's own wording where it differs cosmetically from `text`, by article number. */
  variants: Map<number, string> | null = null;

  constructor(
    readonly id: number,
    readonly key: string,
    readonly text: string,
    /** Where its words start in the pool: the subject words, then the value words. */
    readonly at: number,
    readonly subjectCount: number,
    readonly valueCount: number,
    private readonly index: { readonly pool: TermPool; readonly articleIdOf: readonly string[] },
  ) {}

  get terms(): StatementTerms {
    const { pool } = this.index;
    return {
      subject: pool.words(this.at, this.subjectCount),
      values: pool.words(this.at + this.subjectCount, this.valueCount),
    };
  }

  get occurrences(): Occurrence[] {
    const out: Occurrence[] = [];
    for (let k = 0; k < this.occ.length; k += 3) {
      const [no, start, end] = [this.occ[k]!, this.occ[k + 1]!, this.occ[k + 2]!];
      const articleId = this.index.articleIdOf[no]!;
      const text = this.variants?.get(no);
      out.push(text === undefined ? { articleId, start, end } : { articleId, start, end, text });
    }
    return out;
  }

  carries(articleNo: number): boolean {
    for (let k = 0; k < this.occ.length; k += 3) if (this.occ[k] === articleNo) return true;
    return false;
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
  private readonly entries: Entry[] = [];
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
    for (const s of sentences) {
      let id = this.byKey.get(s.key);
      let entry = id === undefined ? undefined : this.entries[id];
      if (!entry) {
        id = this.entries.length;
        const { subject, values } = s.terms;
        const at = this.pool.push(subject);
        this.pool.push(values);
        entry = new Entry(id, s.key, s.text, at, subject.length, values.length, this);
        this.entries.push(entry);
        this.byKey.set(s.key, id);
        // The pool's copy of each word: one string per word for the whole index.
        for (let k = 0; k < subject.length + values.length; k++)
          this.post(this.pool.strings[this.pool.ids[at + k]!]!, id);
      }
      if (entry.carries(no)) continue;
      if (entry.occ.length === 0) {
        this.live++;
        this.setAlive(entry.id, 1);
        // Most wordings have one occurrence: a literal of three is exact, where pushing onto an
        // empty array would reserve room for twenty.
        entry.occ = [no, s.start, s.end];
      } else entry.occ.push(no, s.start, s.end);
      if (s.text !== entry.text) (entry.variants ??= new Map()).set(no, s.text);
      ids.push(entry.id);
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
    for (const entry of this.entries) if (entry.occ.length > 3) entry.occ = entry.occ.slice();
  }

  /** The names written anywhere in an article's statements (what the article is about). */
  namesOf(articleId: string): ReadonlySet<string> | undefined {
    let names = this.names.get(articleId);
    if (names === undefined) {
      const ids = this.articles.get(articleId);
      if (!ids) return undefined;
      const all = new Set<string>();
      for (const id of ids) for (const n of namesIn(this.entries[id]!.text)) all.add(n);
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
      const entry = this.entries[id]!;
      const kept: number[] = [];
      for (let k = 0; k < entry.occ.length; k += 3)
        if (entry.occ[k] !== no) kept.push(entry.occ[k]!, entry.occ[k + 1]!, entry.occ[k + 2]!);
      entry.occ = kept.slice();
      entry.variants?.delete(no);
      if (entry.occ.length === 0) {
        this.live--;
        this.setAlive(id, 0);
      }
    }
    this.articles.delete(articleId);
  }

  /** Inverse document frequency of a word over the statements (BM25's form, never negative). */
  idf(term: string): number {
    const n = Math.max(this.entries.length, 1);
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
    const entry = id === undefined ? undefined : this.entries[id];
    return entry && entry.occ.length ? entry : null;
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
    const eligible = (id: number) => {
      const { occ } = this.entries[id]!;
      for (let k = 0; k < occ.length; k += 3) if (counts(this.articleIdOf[occ[k]!]!)) return true;
      return false;
    };
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
    for (const id of kept) {
      const entry = this.entries[id]!;
      let shared = 0;
      let own = 0;
      const words: string[] = [];
      for (let k = entry.at; k < entry.at + entry.subjectCount; k++) {
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
        statement: entry,
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
    if (this.scores.length < this.entries.length)
      this.scores = new Float64Array(Math.max(1024, this.entries.length * 2));
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
