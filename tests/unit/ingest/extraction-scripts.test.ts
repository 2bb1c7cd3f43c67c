// Pages in scripts written without spaces (Japanese, Chinese, Thai) were refused as "nothing is
// left after removing site cruft": words were counted by spaces and 。 did not end a sentence,
// so no line read as prose. Pages in tests/fixtures/extraction/ with their true bodies.
import { describe, expect, it } from 'vitest';
import { scorePage } from '../../../bench/lib/extraction-pages';
import { ingestFile } from '../../../shared/ingest';
import { endsSentence, isProse, wordCount } from '../../../shared/ingest/lines';
import { splitSentences } from '../../../shared/ingest/sentences';
import { bodyLines, page, parsePage as parse } from './extraction-helpers';

describe('words and sentences in scripts without spaces', () => {
  it('counts Japanese, Chinese and Thai words by the segmenter, not by spaces', () => {
    expect(wordCount('みなと市は14日、来年度予算案を発表した。')).toBeGreaterThanOrEqual(8);
    expect(wordCount('江城市政府周二宣布清河治理工程已全部完成。')).toBeGreaterThanOrEqual(8);
    expect(wordCount('รัฐบาลประกาศแผนใหม่เมื่อวันจันทร์')).toBeGreaterThanOrEqual(5);
    expect(wordCount('one two three')).toBe(3);
  });

  it('ends a sentence at 。！？ and reads a Japanese paragraph as prose', () => {
    expect(endsSentence('予算案は20日に始まる市議会に提出される。')).toBe(true);
    expect(endsSentence('本当に必要なのか？')).toBe(true);
    expect(endsSentence('「安全が第一だ」と述べた。」')).toBe(true);
    expect(isProse('予算案は20日に始まる市議会に提出される。')).toBe(true);
  });

  it('splits Japanese sentences at 。 with no space after it, but not inside a quotation', () => {
    const text = '市長は「安全が第一だ。」と述べた。新しい計画は来年から始まる。本当に間に合うのか？';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '市長は「安全が第一だ。」と述べた。',
      '新しい計画は来年から始まる。',
      '本当に間に合うのか？',
    ]);
  });

  it('splits Thai sentences at the space between them', () => {
    const spans = splitSentences('ฝนตกหนักในภาคเหนือ ประชาชนควรระวังน้ำท่วม');
    expect(spans.map((s) => s.text)).toEqual(['ฝนตกหนักในภาคเหนือ', 'ประชาชนควรระวังน้ำท่วม']);
  });
});

describe.each(['ja-city-budget', 'zh-river-cleanup', 'th-flood-warning'])('the page %s', (name) => {
  it('is imported, not refused, with every paragraph of its body and nothing else', () => {
    const article = parse(name);
    expect(article.paragraphs.map((p) => p.text)).toEqual(bodyLines(name));
  });

  it('takes the headline above the body as the title, and names the language', () => {
    const article = parse(name);
    expect(article.title).not.toBeNull();
    expect(article.removed.find((r) => r.reason === 'headline')?.text).toBe(article.title);
    expect(article.language).toBe(name.slice(0, 2));
    expect(scorePage(page(name)).refused).toBeNull();
  });
});

describe('a page in any language with prose is never refused', () => {
  it('keeps long lines that end without a stop when the region rules left nothing', () => {
    const lines = [
      'Harbour notes from the week that was and the week ahead in Kalvholm',
      'The harbour master said on Monday that the new pier would open in May after two years of work',
      'Fishermen who moor at the old quay will be moved there first and the quay itself will close for repairs',
    ];
    const outcome = ingestFile('notes.txt', new TextEncoder().encode(lines.join('\n')));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.articles[0]!.text).toContain('the new pier would open in May');
  });

  it('still refuses a page of cruft alone', () => {
    const text = 'Menu\nSearch\nSubscribe\nShare this article\nCopyright © 2025 Courier Media.';
    expect(ingestFile('cruft.txt', new TextEncoder().encode(text)).ok).toBe(false);
  });

  it('dates a page by its Japanese date line', () => {
    expect(parse('ja-city-budget').date).toBe('2025-02-14');
  });
});
