// A news page's address reduced to its identity, so two files saved from one page (on different
// days, as AMP or normal, through a share link with tracking parameters) get one key and can be
// treated as versions of one page, as NewsDiffs and diffengine key versions by URL. The rules are
// general URL facts, never one site's habits. A fold may only remove what cannot tell two pages
// apart: a wrong merge shows unrelated articles as edits of each other, a missed merge only loses
// a hint. Pure and total: any input, however hostile, gives a key or null, never an exception.

/** Longer "addresses" are refused unread: no real article URL comes near it. */
const MAX_LENGTH = 2048;

/** Parameters that say how a reader arrived (campaign, click, session), never which page. */
// prettier-ignore
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', '_ga', '_gl',
  'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'ocid', 'smid', 'smtyp', 'sr_share', 'share',
  'via', 's_cid', 'icid', 'ito', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'xtor', 'at_medium', 'at_campaign', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  // AMP's own switch and the parameters AMP caches and viewers add to the page they serve.
  'amp', 'usqp', 'amp_js_v', 'amp_gsa', 'amp_ct', 'amp_tf', 'ampshare',
]);

/** Host labels that name a mobile or AMP edition of the same site. */
const EDITION_LABELS = new Set(['www', 'm', 'mobile', 'amp']);

/** Last segments a server treats as the folder itself. */
const INDEX_FILES = new Set(['index.html', 'index.htm', 'index.php']);

/** RFC 3986 unreserved characters: percent-encoding them never changes what the URL means. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * The normalised identity of a page address, as `host/path?query` without scheme
 * (`example.com/news/ferry-resumes`), or null when the input is not an http(s) page address.
 * A site root without a query is null: some CMSs give the home page as every article's
 * canonical link, and one key for a whole site would merge all its articles.
 */
export function pageKey(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length > MAX_LENGTH) return null;
  const trimmed = url.trim();
  // The URL parser silently deletes tabs and newlines inside an address; a file that hides
  // them there is not giving a page address, so any control character refuses it.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const parsed = parseWeb(trimmed);
  if (!parsed) return null;
  const page = unwrapAmpCache(parsed) ?? parsed;
  const host = foldHost(page);
  if (!host) return null;
  const path = foldPath(page.pathname);
  const query = foldQuery(page.search);
  if (!path && !query) return null;
  return `${host}/${path}${query ? `?${query}` : ''}`;
}

function parseWeb(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The page an AMP cache serves, read from the cache's address: Google's viewer
 * (`google.com/amp/s/example.com/path`) and the AMP caches (`example-com.cdn.ampproject.org/c/s/
 * example.com/path`, also `/v/`, `/i/`, and Bing's `bing-amp.com`). `s/` means https. The query
 * belongs to the served page. Null when the address is not a cache address.
 */
function unwrapAmpCache(url: URL): URL | null {
  const host = url.hostname;
  let match: RegExpMatchArray | null = null;
  if (/^(www\.)?google(\.[a-z]{2,3}){1,2}$/.test(host)) match = url.pathname.match(/^\/amp\/(s\/)?(.*)$/);
  else if (/(^|\.)(cdn\.ampproject\.org|bing-amp\.com)$/.test(host)) {
    match = url.pathname.match(/^\/[cvi]\/(s\/)?(.*)$/);
  }
  // The served page's host must look like a domain, so a cache's own pages are not misread.
  if (!match || !/^[^/]+\.[^/]+/.test(match[2] ?? '')) return null;
  return parseWeb(`${match[1] ? 'https' : 'http'}://${match[2]}${url.search}`);
}

/** Host lower-cased (by URL, IDNs as punycode), edition labels dropped, default ports dropped. */
function foldHost(url: URL): string | null {
  const labels = url.hostname.replace(/\.$/, '').split('.');
  // Only while two labels remain: `m.me` is a site, not the mobile edition of `me`.
  while (labels.length > 2 && EDITION_LABELS.has(labels[0] ?? '')) labels.shift();
  const host = labels.join('.');
  if (!host) return null;
  // http and https are folded, so either scheme's default port is the default.
  return url.port && url.port !== '80' && url.port !== '443' ? `${host}:${url.port}` : host;
}

/** Path segments without empty ones, AMP markers or a trailing index file; case kept. */
function foldPath(pathname: string): string {
  // A segment that is exactly `amp` marks the AMP edition wherever it stands (`/amp/news/x`,
  // `/news/amp/x`, `/news/x/amp`); two distinct pages differing only by it do not occur.
  const segments = pathname.split('/').filter((s) => s !== '' && s !== 'amp');
  const last = segments.pop();
  if (last !== undefined) {
    const folded = last.replace(/(.)\.amp(\.html?)?$/, '$1$2'); // x.amp → x, x.amp.html → x.html
    if (!INDEX_FILES.has(folded.toLowerCase())) segments.push(folded);
  }
  return segments.map(normaliseEscapes).join('/');
}

/** Query without tracking parameters, sorted by name then value so order does not matter. */
function foldQuery(search: string): string {
  const pairs: [string, string][] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = normaliseEscapes(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : normaliseEscapes(part.slice(eq + 1));
    if (isTracking(name, value)) continue;
    pairs.push([name, value === null ? name : `${name}=${value}`]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map((p) => p[1]).join('&');
}

function isTracking(name: string, value: string | null): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('utm_') || TRACKING_PARAMS.has(lower)) return true;
  return lower === 'outputtype' && value?.toLowerCase() === 'amp';
}

/** Escapes of unreserved characters decoded (`%7E` → `~`), all other escapes upper-case. */
function normaliseEscapes(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}
