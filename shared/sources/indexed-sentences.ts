// An article's sentences as the statement index files them: key, offsets, wording and terms.
// Sentences too short to state anything ("Read more.") are left out.
import type { Span } from '../model';
import type { IndexedSentence } from './statement-index';
import { statementKey, statementTerms } from './statement-terms';

const MIN_WORDS = 4;

export function indexedSentences(sentences: readonly Span[]): IndexedSentence[] {
  const out: IndexedSentence[] = [];
  for (const s of sentences) {
    if (s.text.split(/\s+/, MIN_WORDS).filter(Boolean).length < MIN_WORDS) continue;
    const terms = statementTerms(s.text);
    if (terms.subject.length === 0) continue;
    out.push({ key: statementKey(s.text), text: s.text, start: s.start, end: s.end, terms });
  }
  return out;
}
