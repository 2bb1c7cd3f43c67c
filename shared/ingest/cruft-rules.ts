// The general rules that recognise site cruft in a single line. None of them names a site:
// they describe kinds of page furniture (widgets, share prompts, sign-in and subscription
// blocks, captions, agency slugs) so they hold across outlets. Each rule gives the reason
// the reviewer sees next to the removed line.

import { findDate } from './dates';
import { atMostWords, endsSentence } from './lines';
import { pageAddressOf } from './page-address';

/** What a rule found besides "this is cruft": metadata printed in page furniture. */
export interface LineFinding {
  readonly reason: string;
  readonly date?: string;
  readonly byline?: string;
  readonly outlet?: string;
  readonly dateline?: string;
  /** The page's own address, given on a line of its own ("Source: https://…"). */
  readonly url?: string;
  /** The line opens a "Read More" block: related headlines follow. */
  readonly opensRelated?: boolean;
}

const BOILERPLATE =
  /\b(enter your e-?mail( address)?|join us|subscribe|subscription|sign (in|up|out)|log ?in|log out|newsletters?|share (this|on|via)|copy link|already have an account|create (a )?free account|all rights reserved|follow us|recommended (topics|for you|stories)|story saved|saved articles|edit profile|my reads|e-paper|free trial|advertisement|skip to (main )?content|cookie(s| policy| settings)|accept all|privacy policy|terms of (use|service)|listen to (this )?article|\d+ min(ute)? read|get personali[sz]ed|bookmark the stories|unlock exciting|breaking news, latest updates|download (our|the) app|live score)\b/i;

const SOLO_WIDGETS =
  /^(share|copy|print|e-?mail|menu|search|explore|games|home|more|close|next|previous|back to top|following|follow|comments?|reply|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|top stories|trending|latest|video|photos?|watch|listen|sign out|sign in|log in|subscribe now|see more|read more|load more|show more)( \1)?$/i;

const DISCLAIMERS =
  /(this (article|story|report) (was|has been|is) (generated|published|produced|auto-?generated) from|without modifications to (the )?text|website contains only a portion of|please contact us for subscription|(is|was) (auto-)?published from a syndicated feed)/i;

const COPYRIGHT = /^(copyright\b|©)|\bcopyright ©|©\s*\d{4}/i;
/**
 * Every branch of FONT_WIDGET, FOOTER_OUTLET, DISCLAIMERS, COPYRIGHT and CAPTION (but CAPTION's
 * agency credit) contains one of these: keep it so when a pattern changes.
 */
const FURNITURE_WORDS =
  /px|©|copyright|generated|published|produced|without modifications|portion of|contact us for subscription|photo|image|credit|caption/i;
const FOOTER_OUTLET = /^(.{2,60}?) (website|site) contains only a portion of/i;
const READ_MORE_AT = /^read more\s*(?:@|at|on)\s*([\w.-]+\.[a-z]{2,})\b/i;
const READ_MORE =
  /^(read more|see more|see also|also read|read also|related( articles?| stories)?|more on this( story)?|recommended)\s*:?$/i;
const FONT_WIDGET = /[+＋]\s*[↺⟲]\s*[−-]\s*\d+\s*px|\b\d{1,2}\s*px\s*$/;
const DATE_LINE = /^date[:\s]+\d{4}-\d{2}-\d{2}\b/i;
const CAPTION =
  /(\/\s*photos?\s*:|^\(?photos?\s*(:|by|credit)|\((photo|image|credit)s?\s*:|\bphoto credit\b|\bimage credit\b|^image\s*:|^caption\s*:|\bfile photo\b|\((reuters|ap|afp|getty images|epa)\)\s*$)/i;
const AGENCY_SLUG = /^[A-Z0-9]+(?:[-/][A-Z0-9]+)+\s*(\([A-Z ,.]+\))?\s*:/;
const BULLET_ITEM = /^(?:[•·▪◦‣]\s*|[*-]\s+)\S+(\s\S+){0,3}$/;
const IDENTIFIER = /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/;
const BYLINE_PIPE = /^(.{2,80}?)\s*\|\s*(.*)$/;
const BY_LINE =
  /^(?:By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por)\s+([\p{Lu}][\p{L}.'’-]*(?:\s+(?:and\s+|und\s+|et\s+|y\s+|&\s+)?[\p{Lu}][\p{L}.'’-]*){0,6})(?:\s*[,|–—-]\s*(.*))?$/u;
const STANDALONE_DATELINE =
  /^([\p{Lu}][\p{Lu} .'’-]{2,40}),\s*(?:[-–—]\s*)?([\p{Lu}][\p{L}]+(?:[ -][\p{Lu}][\p{L}]+){0,3})?\s*[-–—]?$/u;

export function classifyLine(text: string): LineFinding | null {
  const found = findFurniture(text);
  return found && oneShape(found);
}

/**
 * Every finding with the same fields in the same order. The layout reads these fields in its
 * hottest loops, and findings of many shapes made V8 throw away and recompile those loops'
 * optimised code each time a new shape turned up (measured: layoutLines compiled five times).
 */
function oneShape(f: LineFinding): LineFinding {
  return {
    reason: f.reason,
    date: f.date,
    byline: f.byline,
    outlet: f.outlet,
    dateline: f.dateline,
    url: f.url,
    opensRelated: f.opensRelated ?? false,
  };
}

function findFurniture(text: string): LineFinding | null {
  // First: an address line holds words ("photo", "read-more") that other rules would take.
  const url = pageAddressOf(text);
  if (url !== null) return { reason: 'page address', url };
  // The patterns below that can match anywhere in a line are tried only when one scan finds a
  // word one of them needs: most lines are reporting, and each pattern ran over all of them.
  const mayBeFurniture = FURNITURE_WORDS.test(text);
  const at = READ_MORE_AT.exec(text);
  if (at) return { reason: 'read-more link', outlet: at[1]!.replace(/\.$/, '') };
  if (READ_MORE.test(text)) return { reason: 'read-more block', opensRelated: true };
  const fontWidget = mayBeFurniture && FONT_WIDGET.test(text);
  if (fontWidget || DATE_LINE.test(text)) {
    const date = findDate(text);
    return { reason: fontWidget ? 'font-size widget' : 'date line', ...(date ? { date } : {}) };
  }
  const footer = mayBeFurniture ? FOOTER_OUTLET.exec(text) : null;
  if (footer) return { reason: 'agency footer', outlet: footer[1]!.trim() };
  if (mayBeFurniture && DISCLAIMERS.test(text)) return { reason: 'syndication notice' };
  if (mayBeFurniture && COPYRIGHT.test(text)) return { reason: 'copyright line' };
  // CAPTION's one branch without such a word: an agency's credit in brackets closing the line.
  if ((mayBeFurniture || text.trimEnd().endsWith(')')) && CAPTION.test(text))
    return { reason: 'photo caption' };
  if (AGENCY_SLUG.test(text)) return { reason: 'agency slug' };
  const byline = bylineOf(text);
  if (byline) return byline;
  const dateline = STANDALONE_DATELINE.exec(text);
  if (dateline && atMostWords(text, 6))
    return { reason: 'dateline', dateline: text.replace(/[\s,–—-]+$/, '') };
  if (SOLO_WIDGETS.test(text)) return { reason: 'page widget' };
  if (isPipeMenu(text)) return { reason: 'navigation or section label' };
  if (BULLET_ITEM.test(text) || IDENTIFIER.test(text)) return { reason: 'link list' };
  // The shape first: a long sentence is never a prompt, and the phrase list is the costliest test.
  if ((atMostWords(text, 20) || !endsSentence(text)) && BOILERPLATE.test(text))
    return { reason: 'sign-in or share prompt' };
  if (isTimestampLine(text)) {
    const date = findDate(text);
    return { reason: 'date line', ...(date ? { date } : {}) };
  }
  return null;
}

/** "Name | 27.10.2023 - Update : …", "Reuters |", "By Jane Roe, Staff Writer". */
function bylineOf(text: string): LineFinding | null {
  // Most lines have no pipe; the pattern would still try every start up to 80 characters.
  const pipe = text.includes('|') ? BYLINE_PIPE.exec(text) : null;
  if (pipe && atMostWords(pipe[1]!, 6) && !endsSentence(pipe[1]!)) {
    const date = findDate(pipe[2]!);
    // "Agency |" alone on its line credits the outlet the text comes from, not a person.
    if (pipe[2]!.trim() === '') return { reason: 'source credit', outlet: pipe[1]!.trim() };
    if (date) return { reason: 'byline', byline: cleanByline(pipe[1]!), date };
  }
  const by = BY_LINE.exec(text);
  if (by && atMostWords(text, 12)) {
    const date = by[2] ? findDate(by[2]) : null;
    return { reason: 'byline', byline: by[1]!.trim(), ...(date ? { date } : {}) };
  }
  return null;
}

/** "News | Sport | What's On | Jobs": three or more short items between pipes, no sentence. */
function isPipeMenu(text: string): boolean {
  if (!text.includes('|') && !text.includes('·') && !text.includes('•')) return false;
  const parts = text.split(/\s[|·•]\s/);
  return parts.length >= 3 && !endsSentence(text) && parts.every((p) => atMostWords(p, 3));
}

/** "By Jane Roe" → "Jane Roe" (also "Von", "Par", "Por"): a byline names people. */
export function cleanByline(text: string): string {
  return text.replace(/^(by|von|par|por|di|od)\s+/i, '').trim();
}

/** A line that is only a date and maybe a time and zone: "Mar 11, 2025 09:14 PM IST". */
function isTimestampLine(text: string): boolean {
  if (!atMostWords(text, 10) || endsSentence(text.replace(/\.$/, ''))) return false;
  if (!findDate(text)) return false;
  // What is left once dates, times and "published/updated" words (in several languages) go.
  const rest = text
    .replace(/\b\d{1,2}[:h.]\d{2}\b/gi, '')
    .replace(/\p{L}+/gu, (w) => (TIMESTAMP_WORDS.test(w) ? '' : w))
    .replace(/[\d\s:.,/|+()-]/g, '');
  return rest.length <= 3;
}

const TIMESTAMP_WORDS =
  /^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(updated?|published|posted|last|am|pm|[A-Z]{2,4}T?|GMT|UTC|IST|CET|CEST|EST|on|at|publié|publiée|le|à|mis|jour|veröffentlicht|aktualisiert|am|um|uhr|publicado|actualizado|el|a|las|pubblicato|aggiornato|il|alle|de|er|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i;
