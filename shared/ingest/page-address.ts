// A line that gives the page's own address: what a browser's "save as text", a clipper or a
// copy-paste leaves above or below the story ("https://…", "URL: https://…", "Quelle: https://…",
// "Originally published at https://…"). Only the shape of one line is judged here; the layout
// decides whether the line sits where page furniture does (a link between paragraphs is text).
// Never validates the address: ingest's webAddress keeps only http(s) ones, and warns.

/**
 * Schemes worth recognising: the web ones, and the ones a hostile file might pass off as an
 * address, so that they are dropped with a warning rather than kept as article text.
 */
const ADDRESS = String.raw`<?((?:https?|ftp|file):\/\/[^\s<>]+|(?:javascript|vbscript):[^\s<>]+|data:[\w.+-]+\/[^\s<>]*)>?`;

/** "Source:", "URL :", "Original URL:" (any language), or a phrase that names the original. */
const LABEL = String.raw`(?:(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,2}) ?:|(?:originally|first) (?:published|posted|appeared) (?:at|on|in)|via)`;

const PAGE_ADDRESS_LINE = new RegExp(String.raw`^(?:${LABEL}\s*)?${ADDRESS}$`, 'iu');

/** Labels that introduce some other link: a related story, a profile, a photo, the site's home. */
const OTHER_LINK =
  /^(?:read more|read also|also read|see also|see more|more|related(?: \p{L}+)?|recommended|photos?|images?|pictures?|video|audio|podcast|watch|listen|twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|mastodon|bluesky|threads|e-?mail|mail|contact|web|website|homepage|home|subscribe|newsletter|donate|rss|feed|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|siehe auch|ver también|lee también|leer más|leggi anche)$/iu;

/** The address on a line that holds nothing else but a label for it, or null. */
export function pageAddressOf(text: string): string | null {
  // Most lines have no colon at all, and an address is one token: no regex for those.
  if (!text.includes(':') || text.length > 2100) return null;
  const m = PAGE_ADDRESS_LINE.exec(text);
  if (!m || (m[1] !== undefined && OTHER_LINK.test(m[1]))) return null;
  return m[2]!;
}
