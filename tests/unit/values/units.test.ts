// Counted nouns fold to one singular, so "ferries" and "ferry" count the same thing.
import { describe, expect, it } from 'vitest';
import { findFigures, singular } from '../../../shared/values';

describe('singular', () => {
  it.each([
    ['ferries', 'ferry'],
    ['homes', 'home'],
    ['troops', 'troop'],
    ['houses', 'house'],
    ['buses', 'bus'],
    ['viruses', 'virus'],
    ['boxes', 'box'],
    ['churches', 'church'],
    ['classes', 'class'],
    ['days', 'day'],
    ['areas', 'area'],
    ['cases', 'case'],
    ['causes', 'cause'],
    ['children', 'child'],
    ['people', 'people'],
    ['persons', 'people'],
    ['women', 'woman'],
    ['lives', 'life'],
    ['heroes', 'hero'],
    ['series', 'series'],
    ['species', 'species'],
    ['crisis', 'crisis'],
    ['census', 'census'],
    ['gas', 'gas'],
    ['bias', 'bias'],
    ['year-olds', 'year-old'],
    ['Ferries', 'ferry'],
    ['Menschen', 'people'],
    ['personnes', 'people'],
    ['personas', 'people'],
  ])('folds %s to %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });

  it('leaves a singular as it is', () => {
    for (const word of ['ferry', 'home', 'bus', 'day', 'police', 'staff']) expect(singular(word)).toBe(word);
  });
});

describe('the unit of a figure', () => {
  it('is the same for one and for many of a thing', () => {
    const unit = (s: string) => findFigures(s)[0]?.unit;
    expect(unit('One ferry sank.')).toBe(unit('Three ferries sank.'));
    expect(unit('One person died.')).toBe(unit('Two people died.'));
    expect(unit('One child was hurt.')).toBe(unit('Two children were hurt.'));
  });

  it('is empty when a function word or verb follows the number', () => {
    for (const s of ['The toll rose to 14 on Monday.', 'Of the 31, 14 were hurt.', 'He was 58 when he died.'])
      expect(
        findFigures(s).every((f) => f.unit === ''),
        s,
      ).toBe(true);
  });

  it('skips a possessive ending', () => {
    expect(findFigures("It was one outlet's page.")[0]?.unit).toBe('outlet');
  });
});
