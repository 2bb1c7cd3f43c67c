// A comment thread is a run of comments, never the story: a story's own "updated" line read as a
// commenter's name and time (a word the name rule did not know, in any language) used to take
// every paragraph below it for comments. A lone signal is no thread, and a thread ends where its
// signals stop.
import { describe, expect, it } from 'vitest';
import { parseText } from './extraction-helpers';

const BODY = [
  'Belediye, eski sanayi bölgesindeki 42 binanın deprem dayanıklılığını ölçmek için kapsamlı bir tarama başlattığını salı günü açıkladı.',
  'Taramanın ilk aşamasında okul ve hastane binaları incelenecek; sonuçların eylül ayında kamuoyuyla paylaşılması bekleniyor.',
  'Belediye başkanı, güçlendirme gereken binalar için ayrı bir kaynak ayrılacağını ve çalışmanın iki yıl süreceğini söyledi.',
  'Mahalle sakinleri ise taramanın yıllardır beklendiğini ve daha önce yapılması gerektiğini belirtti.',
];

describe('the bounds of a comment thread', () => {
  it("never takes the story for comments after its own 'updated' line (Turkish, German, Russian)", () => {
    for (const stamp of [
      '12.05.2025 - 11:24 | Güncelleme: 12.05.2025 - 13:05',
      '12.05.2025, 11:24 Uhr | Aktualisiert: 13:05 Uhr',
      '12.05.2025 11:24 | Обновлено: 13:05',
    ]) {
      const article = parseText(
        'story.txt',
        ['Belediye 42 binada deprem taraması başlattı', 'Haber Merkezi', stamp, ...BODY].join('\n'),
      );
      expect(
        article.paragraphs.map((p) => p.text),
        stamp,
      ).toEqual(BODY);
    }
  });

  it('keeps the paragraphs below a lone comment-like line: one signal is no thread', () => {
    const article = parseText(
      'story.txt',
      ['Ferry fares to rise', ...BODY.slice(0, 2), 'Marta K. · 2 hours ago', ...BODY.slice(2)].join('\n'),
    );
    // One comment-like line is no thread: nothing is lost, the line itself included.
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      ...BODY.slice(0, 2),
      'Marta K. · 2 hours ago',
      ...BODY.slice(2),
    ]);
  });
});
