// One line at a time: the rules that can match anywhere in a line run only after a quick scan
// for a word one of them needs (FURNITURE_WORDS). Each kind is checked here, in every case
// form, so a pattern that gains a branch without its word fails a test.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/ingest/cruft-rules';

describe('classifyLine: furniture anywhere in a line', () => {
  it.each([
    ['+ ↺ - 16 px', 'font-size widget'],
    ['Text size 14px', 'font-size widget'],
    ['The Harbour Gazette website contains only a portion of the original article.', 'agency footer'],
    ['This article was auto-generated from a wire feed without edits.', 'syndication notice'],
    ['THIS STORY HAS BEEN PUBLISHED FROM a partner agency.', 'syndication notice'],
    ['Printed without modifications to the text supplied.', 'syndication notice'],
    ['Please contact us for subscription details.', 'syndication notice'],
    ['Copyright 2026 Harbour Gazette', 'copyright line'],
    ['All content © 2026 by the publisher', 'copyright line'],
    ['The new ferry at the quay / Photo: Jana Novak', 'photo caption'],
    ['(IMAGE: city archive) The old pier', 'photo caption'],
    ['Workers on the site. File photo', 'photo caption'],
    ['Caption: the berth under construction', 'photo caption'],
    ['Crews load the first container at the new berth (Reuters)', 'photo caption'],
    ['Crews load the first container at the new berth (AFP)  ', 'photo caption'],
  ])('%s → %s', (line, reason) => {
    expect(classifyLine(line)?.reason).toBe(reason);
  });

  it('leaves reporting alone, though it mentions photos, images or copyright in passing', () => {
    for (const line of [
      'The council said the photos published on Monday showed the berth before the storm.',
      'The port authority approved the 1,240-metre pier after a two-year review of its design.',
      'Officials said the image of the town had suffered, according to the mayor (a former reporter).',
    ])
      expect(classifyLine(line), line).toBeNull();
  });
});
