// A newsletter sign-up box inside or under the story: a heading that names the newsletter
// ("Boletín diario", "Nieuwsbrief Rivierenland"), a sentence promising the news in your inbox,
// the e-mail field, the button and the consent line ("Al suscribirte aceptas…"). Its sentences
// read as prose, so the line rules keep them. The box is recognised from its heading and goes
// only as far as lines that speak of mail and subscribing (or are buttons of a few words):
// the story's paragraphs around it never do.
import { NEWSLETTER, NEWSLETTER_BOX, phrase } from './furniture-words';
import { atMostWords, endsSentence, type SourceLine } from './lines';

const HEADING = new RegExp(phrase(NEWSLETTER), 'iu');
const BOX_WORDS = new RegExp(phrase(NEWSLETTER_BOX), 'iu');

export const NEWSLETTER_REASON = 'newsletter sign-up box';

export function markNewsletterBoxes(
  lines: readonly SourceLine[],
  remove: (l: SourceLine, r: string) => void,
): void {
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!.text;
    if (!atMostWords(heading, 10) || endsSentence(heading) || !HEADING.test(heading)) continue;
    let last = -1;
    // One line under the heading may say what the newsletter brings ("Our political editor's
    // briefing, every Friday.") without a word of mail: it goes only with box lines below it.
    let blurb = false;
    for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
      const text = lines[j]!.text;
      const boxLine = atMostWords(text, 30) && BOX_WORDS.test(text);
      if (!boxLine && !(atMostWords(text, 3) && !endsSentence(text))) {
        if (blurb || last >= 0 || j !== i + 1 || !atMostWords(text, 20)) break;
        blurb = true;
      }
      if (boxLine) last = j;
    }
    if (last < 0) continue;
    for (let k = i; k <= last; k++) remove(lines[k]!, NEWSLETTER_REASON);
    i = last;
  }
}
