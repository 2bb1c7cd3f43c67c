// The dateline that opens a story's first paragraph, for the layout to cut from the text and
// keep as metadata. The shapes are dateline.ts's, shared with the compare view; the stored form
// is the dateline as written without its dash (the agency in brackets stays: it says whose copy
// this is). Never looks past the start of the paragraph.
import { leadingDateline } from './dateline';

/** "ORVIK, - ": a place and comma with nothing after it, which leadingDateline does not take. */
const INLINE_DATELINE =
  /^([\p{Lu}][\p{Lu} .'’-]{2,40}),\s*((?:[\p{Lu}][\p{L}]+(?:[ -][\p{Lu}][\p{L}]+){0,3})?)\s*(\([^)]{1,30}\)\s*)?[-–—]\s+/u;

/**
 * The dateline opening the first paragraph, kept as written without its dash: "LONDON (Reuters)",
 * "WASHINGTON", "MARROW BAY, Ostrevia", "ORVIK".
 */
export function inlineDateline(text: string): { label: string; length: number } | null {
  const found = leadingDateline(text);
  if (found) return { label: found.label, length: found.prefix.length };
  const m = INLINE_DATELINE.exec(text);
  if (!m) return null;
  const place = [m[1]!.trim(), m[2]!.trim()].filter(Boolean).join(', ');
  return { label: m[3] ? `${place} ${m[3].trim()}` : place, length: m[0].length };
}
