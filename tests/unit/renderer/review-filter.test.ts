// The review list's filters, progress and j/k stepping.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../shared/model';
import {
  carries,
  claimAbove,
  claimIdIn,
  filterClaims,
  findClaim,
  reviewProgress,
  stepClaim,
} from '../../../renderer/review/review-filter';
import { NO_FILTER } from '../../../renderer/state/review-state';

const claim = (
  id: string,
  articleId: string,
  kinds: Claim['kinds'],
  status: string | null,
  text = id,
): Claim => ({
  id,
  articleId,
  text,
  start: 0,
  end: text.length,
  kinds,
  source: 'auto',
  matches: [],
  suggestion: null,
  suggestionReasons: [],
  verdict: status
    ? {
        claimId: id,
        status: status as 'consistent',
        note: '',
        evidence: [],
        reviewer: null,
        at: '2026-01-01',
      }
    : null,
});

const claims = [
  claim('a', 'x', ['figure'], null, 'The council approved 1,240 homes'),
  claim('b', 'x', ['date', 'quote'], 'consistent'),
  claim('c', 'y', ['attribution'], 'conflicting'),
  claim('d', 'y', ['figure'], 'unclear'),
];
const ids = (list: Claim[]) => list.map((c) => c.id);

describe('review list', () => {
  it('filters by status, kind, version and text', () => {
    expect(ids(filterClaims(claims, NO_FILTER))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, status: 'unreviewed' }))).toEqual(['a']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, status: 'conflicting' }))).toEqual(['c']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, kind: 'figure' }))).toEqual(['a', 'd']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, articleId: 'y', kind: 'figure' }))).toEqual(['d']);
    expect(ids(filterClaims(claims, { ...NO_FILTER, text: '1,240 HOMES' }))).toEqual(['a']);
  });

  it('counts progress and steps without running off either end', () => {
    expect(reviewProgress(claims)).toEqual({ reviewed: 3, total: 4 });
    expect(stepClaim(claims, null, 1)).toBe('a');
    expect(stepClaim(claims, 'a', 1)).toBe('b');
    expect(stepClaim(claims, 'd', 1)).toBe('d');
    expect(stepClaim(claims, 'a', -1)).toBe('a');
    expect(stepClaim(claims, 'gone', -1)).toBe('d');
    expect(stepClaim([], null, 1)).toBeNull();
  });

  it('offers to merge only into the claim above of the same article', () => {
    expect(claimAbove(claims, 'b')?.id).toBe('a');
    expect(claimAbove(claims, 'c')).toBeNull();
    expect(claimAbove(claims, 'a')).toBeNull();
  });

  it('keeps a claim listed once for a story under every version that carries its wording', () => {
    const A = 'aaaaaaaaaaaaaaaa';
    const B = 'bbbbbbbbbbbbbbbb';
    const C = 'cccccccccccccccc';
    const wire = { ...claim(`${A}-0badc0de`, A, ['date'], null), alsoIn: [B, C] };
    const own = claim(`${B}-12345678`, B, ['figure'], null);
    const story = [wire, own];
    expect(carries(wire, C)).toBe(true);
    expect(carries(own, C)).toBe(false);
    expect(ids(filterClaims(story, { ...NO_FILTER, articleId: C }))).toEqual([wire.id]);
    expect(ids(filterClaims(story, { ...NO_FILTER, articleId: B }))).toEqual([wire.id, own.id]);
    // A claim opened from version C's own list is the story's line for that wording.
    expect(findClaim(story, `${C}-0badc0de`)?.id).toBe(wire.id);
    expect(findClaim(story, own.id)?.id).toBe(own.id);
    expect(findClaim(story, `${C}-12345678`)).toBeNull();
    expect(findClaim(story, null)).toBeNull();
    // Merging: the claim above counts when this claim's article carries it, under that article's id.
    expect(claimAbove(story, own.id)?.id).toBe(wire.id);
    expect(claimIdIn(wire, B)).toBe(`${B}-0badc0de`);
    expect(claimIdIn(own, B)).toBe(own.id);
    expect(claimAbove([own, { ...wire, alsoIn: [C] }], wire.id)).toBeNull();
  });
});
