// pageKey: the identity of a news page's address. Each fold rule is tested with a pair of
// addresses that differ only by what that rule removes, and with the key itself, so a rule that
// stops folding, or folds too much, fails here.
import { describe, expect, it } from 'vitest';
import { pageKey } from '../../../shared/stories/page-address';

const BASE = 'https://example.com/news/ferry-resumes';
const KEY = 'example.com/news/ferry-resumes';

describe('pageKey folds what does not change the page', () => {
  it.each([
    ['http and https are one page', 'http://example.com/news/ferry-resumes'],
    ['host case does not matter', 'https://EXAMPLE.Com/news/ferry-resumes'],
    ['a www. host is the same site', 'https://www.example.com/news/ferry-resumes'],
    ['a mobile m. host is the same site', 'https://m.example.com/news/ferry-resumes'],
    ['a mobile. host is the same site', 'https://mobile.example.com/news/ferry-resumes'],
    ['an amp. host is the same site', 'https://amp.example.com/news/ferry-resumes'],
    ['stacked edition labels all go', 'https://www.m.example.com/news/ferry-resumes'],
    ['a fully qualified host with its root dot', 'https://example.com./news/ferry-resumes'],
    ['the https default port', 'https://example.com:443/news/ferry-resumes'],
    ['the http default port', 'http://example.com:80/news/ferry-resumes'],
    ['either default port once the scheme is folded', 'http://example.com:443/news/ferry-resumes'],
    ['the fragment', 'https://example.com/news/ferry-resumes#comments'],
    ['a trailing slash', 'https://example.com/news/ferry-resumes/'],
    ['repeated slashes', 'https://example.com//news///ferry-resumes'],
    ['a trailing index.html', 'https://example.com/news/ferry-resumes/index.html'],
    ['a trailing index.htm', 'https://example.com/news/ferry-resumes/index.htm'],
    ['a trailing index.php', 'https://example.com/news/ferry-resumes/index.php'],
    ['an index file in capitals', 'https://example.com/news/ferry-resumes/INDEX.HTML'],
    ['dot segments', 'https://example.com/news/old/../ferry-resumes'],
    ['surrounding whitespace', '  https://example.com/news/ferry-resumes\n'],
    ['an escaped unreserved character', 'https://example.com/news/ferry%2Dresumes'],
  ])('%s', (_, url) => {
    expect(pageKey(url)).toBe(KEY);
  });

  it('keeps a port that is not a default one', () => {
    expect(pageKey('https://example.com:8080/news/ferry-resumes')).toBe(
      'example.com:8080/news/ferry-resumes',
    );
  });

  it('writes escapes in one case', () => {
    expect(pageKey('https://example.com/news/a%2fb')).toBe('example.com/news/a%2Fb');
    expect(pageKey('https://example.com/news/a%2Fb')).toBe('example.com/news/a%2Fb');
  });

  it('keeps an escaped slash apart from a real one', () => {
    expect(pageKey('https://example.com/news/a%2Fb')).not.toBe(pageKey('https://example.com/news/a/b'));
  });
});

describe('pageKey folds AMP editions', () => {
  it.each([
    ['a path ending in /amp', 'https://example.com/news/ferry-resumes/amp'],
    ['a path ending in /amp/', 'https://example.com/news/ferry-resumes/amp/'],
    ['a path starting with /amp/', 'https://example.com/amp/news/ferry-resumes'],
    ['an /amp/ segment inside the path', 'https://example.com/news/amp/ferry-resumes'],
    ['a last segment ending .amp', 'https://example.com/news/ferry-resumes.amp'],
    ['the amp parameter without a value', 'https://example.com/news/ferry-resumes?amp'],
    ['the amp parameter with a value', 'https://example.com/news/ferry-resumes?amp=1'],
    ['outputType=amp', 'https://example.com/news/ferry-resumes?outputType=amp'],
    ['Google AMP viewer over https', 'https://www.google.com/amp/s/example.com/news/ferry-resumes'],
    ['Google AMP viewer over http', 'https://www.google.com/amp/example.com/news/ferry-resumes'],
    [
      'Google AMP viewer on a national domain',
      'https://www.google.co.uk/amp/s/www.example.com/news/ferry-resumes',
    ],
    ['AMP cache /c/s/', 'https://example-com.cdn.ampproject.org/c/s/example.com/news/ferry-resumes'],
    [
      'AMP cache /v/s/',
      'https://example-com.cdn.ampproject.org/v/s/example.com/news/ferry-resumes?amp_js_v=0.1',
    ],
    ['AMP cache /i/s/', 'https://example-com.cdn.ampproject.org/i/s/example.com/news/ferry-resumes'],
    [
      'AMP cache of the amp. host',
      'https://amp-example-com.cdn.ampproject.org/c/s/amp.example.com/news/ferry-resumes/amp',
    ],
    ['Bing AMP cache', 'https://example-com.bing-amp.com/c/s/example.com/news/ferry-resumes'],
  ])('%s', (_, url) => {
    expect(pageKey(url)).toBe(KEY);
  });

  it('turns .amp.html into .html', () => {
    expect(pageKey('https://example.com/news/ferry-resumes.amp.html')).toBe(
      'example.com/news/ferry-resumes.html',
    );
    expect(pageKey('https://example.com/news/ferry-resumes.html')).toBe(
      'example.com/news/ferry-resumes.html',
    );
  });

  it('keeps the served page’s query when reading an AMP cache address', () => {
    expect(pageKey('https://example-com.cdn.ampproject.org/c/s/example.com/article.php?id=5')).toBe(
      'example.com/article.php?id=5',
    );
  });

  it('keeps outputType when it is not amp', () => {
    expect(pageKey(`${BASE}?outputType=print`)).toBe(`${KEY}?outputType=print`);
  });

  it('does not read a Google page whose path names no host as a cached page', () => {
    expect(pageKey('https://www.google.com/amp/help')).toBe('google.com/help');
  });

  it('keeps "amp" inside a longer segment', () => {
    expect(pageKey('https://example.com/news/amp-prices-rise')).toBe('example.com/news/amp-prices-rise');
    expect(pageKey('https://example.com/news/camp')).toBe('example.com/news/camp');
  });
});

describe('pageKey drops tracking parameters and keeps the rest', () => {
  it.each([
    'utm_source=twitter&utm_medium=social&utm_campaign=x',
    'UTM_Source=newsletter',
    'utm_anything_new=1',
    'fbclid=IwAR0abc',
    'gclid=abc',
    'dclid=abc',
    'msclkid=abc',
    'mc_cid=abc&mc_eid=def',
    'igshid=abc',
    '_ga=2.1&_gl=1*abc',
    'ref=homepage',
    'ref_src=twsrc&ref_url=x',
    'referrer=x',
    'cmpid=x&ocid=y',
    'smid=tw-share&smtyp=cur',
    'sr_share=twitter&share=1&via=app',
    's_cid=x&icid=y&ito=z',
    'ns_mchannel=a&ns_source=b&ns_campaign=c&ns_linkname=d&ns_fee=0',
    'xtor=RSS-1&at_medium=a&at_campaign=b',
    'taid=x&guccounter=1&guce_referrer=x&guce_referrer_sig=y',
    'usqp=mq331AQ&amp_gsa=1&amp_ct=1&amp_tf=x&ampshare=y',
    'FBCLID=abc',
    'utm%5Fsource=escaped',
  ])('drops %s', (query) => {
    expect(pageKey(`${BASE}?${query}`)).toBe(KEY);
  });

  it('keeps a meaningful parameter among tracking ones', () => {
    expect(pageKey('https://example.com/article.php?utm_source=x&id=5&fbclid=y')).toBe(
      'example.com/article.php?id=5',
    );
  });

  it('tells pages apart by their parameters', () => {
    expect(pageKey('https://example.com/story?id=123')).not.toBe(pageKey('https://example.com/story?id=124'));
    expect(pageKey('https://example.com/story?id=123')).not.toBe(pageKey('https://example.com/story'));
  });

  it('keys parameters the same in any order', () => {
    const a = pageKey('https://example.com/story?section=world&id=123&page=2');
    expect(a).toBe('example.com/story?id=123&page=2&section=world');
    expect(pageKey('https://example.com/story?page=2&id=123&section=world')).toBe(a);
  });

  it('orders a repeated parameter by its values', () => {
    expect(pageKey('https://example.com/story?tag=b&tag=a')).toBe('example.com/story?tag=a&tag=b');
  });

  it('does not drop a parameter whose name only contains a tracking name', () => {
    expect(pageKey(`${BASE}?preference=1`)).toBe(`${KEY}?preference=1`);
    expect(pageKey(`${BASE}?shared=1`)).toBe(`${KEY}?shared=1`);
  });
});

describe('pageKey keeps different pages apart', () => {
  it('different paths differ', () => {
    expect(pageKey(BASE)).not.toBe(pageKey('https://example.com/news/ferry-cancelled'));
  });

  it('path case is kept', () => {
    expect(pageKey('https://example.com/news/Ferry')).toBe('example.com/news/Ferry');
    expect(pageKey('https://example.com/news/Ferry')).not.toBe(pageKey('https://example.com/news/ferry'));
  });

  it('different hosts differ', () => {
    expect(pageKey('https://example.org/news/ferry-resumes')).toBe('example.org/news/ferry-resumes');
    expect(pageKey('https://example.org/news/ferry-resumes')).not.toBe(pageKey(BASE));
  });

  it('a subdomain that is not an edition label stays its own site', () => {
    expect(pageKey('https://news.example.com/news/ferry-resumes')).toBe(
      'news.example.com/news/ferry-resumes',
    );
  });

  it('does not drop an edition label when one label would remain', () => {
    expect(pageKey('https://m.me/some-page')).toBe('m.me/some-page');
    expect(pageKey('https://www.com/some-page')).toBe('www.com/some-page');
    expect(pageKey('https://www.m.me/some-page')).toBe('m.me/some-page');
  });

  it('drops edition labels only at the start of the host', () => {
    expect(pageKey('https://news.m.example.com/x')).toBe('news.m.example.com/x');
  });

  it('keeps an ordinary file name', () => {
    expect(pageKey('https://example.com/news/main.html')).toBe('example.com/news/main.html');
    expect(pageKey('https://example.com/article.php?id=5')).toBe('example.com/article.php?id=5');
  });
});

describe('pageKey refuses what is not a page address', () => {
  it.each([
    ['the site root', 'https://www.example.com/'],
    ['the site root without a slash', 'https://example.com'],
    ['the site root with only tracking', 'https://example.com/?utm_source=x#top'],
    ['the AMP root', 'https://example.com/amp/'],
    ['the root index file', 'https://example.com/index.html'],
    ['an AMP cache of a site root', 'https://example-com.cdn.ampproject.org/c/s/example.com/'],
  ])('%s', (_, url) => {
    expect(pageKey(url)).toBeNull();
  });

  it('keys a root address whose query names a page', () => {
    expect(pageKey('https://example.com/?p=123')).toBe('example.com/?p=123');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<p>hi</p>'],
    ['ftp:', 'ftp://example.com/news/x'],
    ['file:', 'file:///etc/passwd'],
    ['mailto:', 'mailto:desk@example.com'],
    ['no scheme', 'example.com/news/x'],
    ['protocol-relative', '//example.com/news/x'],
    ['a relative path', '/news/x'],
    ['empty', ''],
    ['whitespace', '   '],
    ['null', null],
    ['undefined', undefined],
  ])('non-http input: %s', (_, url) => {
    expect(pageKey(url)).toBeNull();
  });

  it.each([
    ['a NUL byte', 'https://example.com/news/\u0000x'],
    ['a newline inside the host', 'https://exa\nmple.com/news/x'],
    ['a tab inside the path', 'https://example.com/news/\tx'],
    ['a space in the host', 'https://exa mple.com/news/x'],
    ['an invalid host', 'https://exa<mple.com/news/x'],
    ['a bad port', 'https://example.com:99999/news/x'],
    ['an overlong address', `https://example.com/${'a'.repeat(3000)}`],
    ['a megabyte of text', 'x'.repeat(1_000_000)],
  ])('hostile input: %s', (_, url) => {
    expect(pageKey(url)).toBeNull();
  });

  it('accepts an address just under the length cap', () => {
    const url = `https://example.com/${'a'.repeat(2000)}`;
    expect(pageKey(url)).toBe(`example.com/${'a'.repeat(2000)}`);
  });

  it('never throws on a non-string smuggled in', () => {
    expect(pageKey(42 as unknown as string)).toBeNull();
    expect(pageKey({ toString: () => BASE } as unknown as string)).toBeNull();
  });

  it('keys a host after its credentials, not the credentials', () => {
    expect(pageKey('https://example.com@evil.example.net/news/x')).toBe('evil.example.net/news/x');
  });
});

describe('pageKey with non-ASCII addresses', () => {
  it('keys an internationalised host in one form, written or punycode', () => {
    const key = pageKey('https://www.bücher.de/artikel/neu');
    expect(key).toBe('xn--bcher-kva.de/artikel/neu');
    expect(pageKey('https://xn--bcher-kva.de/artikel/neu')).toBe(key);
    expect(pageKey('https://BÜCHER.de/artikel/neu')).toBe(key);
  });

  it('keys a unicode path the same written or escaped, in either escape case', () => {
    const key = pageKey('https://example.com/新闻/渡轮');
    expect(key).toBe('example.com/%E6%96%B0%E9%97%BB/%E6%B8%A1%E8%BD%AE');
    expect(pageKey('https://example.com/%E6%96%B0%E9%97%BB/%E6%B8%A1%E8%BD%AE')).toBe(key);
    expect(pageKey('https://example.com/%e6%96%b0%e9%97%bb/%e6%b8%a1%e8%bd%ae/')).toBe(key);
  });

  it('keeps different unicode paths apart', () => {
    expect(pageKey('https://example.com/新闻/渡轮')).not.toBe(pageKey('https://example.com/新闻/火车'));
  });

  it('keys a unicode query value the same written or escaped', () => {
    expect(pageKey('https://example.com/suche?q=fähre')).toBe('example.com/suche?q=f%C3%A4hre');
    expect(pageKey('https://example.com/suche?q=f%c3%a4hre')).toBe('example.com/suche?q=f%C3%A4hre');
  });
});
