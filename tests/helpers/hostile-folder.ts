// Builds a "hostile" import folder with real bytes: everything a scraped folder can throw at
// the importer (empty, binary, PNG, cruft-only, broken JSON, a 5 MB single line, link loops,
// dangling and escaping links) beside valid articles in every encoding and odd places (UTF-16,
// Windows-1252, 40 folders deep, a Unicode file name). All article text is fictional.
import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';

export interface HostileFolder {
  readonly folder: string;
  /** Relative path of each valid file → the exact title it must be imported with. */
  readonly titles: Readonly<Record<string, string>>;
  /** Relative path of a byte-identical copy → relative path of the file it copies. */
  readonly copies: Readonly<Record<string, string>>;
  /** Relative path of each bad entry → the reason it must be rejected with. */
  readonly rejected: Readonly<Record<string, RegExp>>;
}

export const UTF16_FILE = 'encodings/utf16-bulletin.txt';
export const CP1252_FILE = 'encodings/legacy-1252.txt';
export const UNICODE_FILE = 'Zürich – Überblick 東京.txt';
export const DEEP_FILE = [...Array.from({ length: 40 }, (_, i) => `level${i + 1}`), 'deep-article.txt'].join(
  '/',
);

/** A link 20 folders down to level2, an ancestor that is not the chosen folder itself. */
const UP_LINK = `${DEEP_FILE.split('/').slice(0, 20).join('/')}/up-to-level2`;

const story = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join('\n\n') + '\n';

const FERRY = [
  'Menu',
  'Ferry operator adds night crossings to Skellby after record summer',
  'By Mara Lindqvist',
  'June 14, 2025',
  'Share this article',
  'The Northsound Ferry Company will run two extra night crossings between Skellby and the mainland from July, after passenger numbers rose by 18% in the first half of the year.',
  'The company said the new departures, at 23:40 and 01:15, would use its smaller vessel, the Tern, which carries up to 220 passengers and 40 cars.',
  'Local business owners welcomed the change. "Visitors have been missing the last boat and cancelling dinner bookings," said restaurant owner Ilse Varga.',
  'The harbour authority said it would keep the passenger terminal open until 2 a.m. on days with night sailings.',
  'Copyright © 2025 The Skellby Courier. All rights reserved.',
].join('\n');

const LIBRARY = `# Varnholm library to open on Sundays through the winter

The Varnholm town library will open from noon to five on Sundays between October
and March, the council's culture committee decided on Tuesday.

The trial will cost about 41,000 crowns and is paid for from a fund left over after
the reading-room renovation, committee chair Oda Brenn said.

Library director Petra Osk said Sunday opening had been the most common request in
last year's visitor survey, ahead of longer weekday hours.

The committee will review visitor numbers in April before deciding whether to keep
the Sunday hours permanently.
`;

const BUSES = JSON.stringify({
  headline: 'Regional bus fares frozen for a second year',
  articleBody: [
    'Fares on regional buses in the Tallow district will stay at this year’s level until the end of next year, the transport authority announced on Thursday.',
    'The authority said a rise in ticket sales of 9% had covered higher fuel costs, so no increase was needed.',
    'Passenger groups welcomed the freeze but asked for more evening services on the coastal routes.',
  ].join('\n\n'),
  publisher: 'Tallow Evening Post',
  datePublished: '2025-05-02T09:00:00Z',
  authors: [{ name: 'Jon Aske' }, { name: 'Rina Holt' }],
});

const RAIL = story(
  'Signal fault halts trains between Orlen and Vesterby for six hours',
  'ORLEN — A signal fault stopped all trains between Orlen and Vesterby on Monday morning, leaving thousands of commuters to find other ways to work.',
  'The rail operator said the fault, in a relay cabinet near Kessing station, was found at 6:10 and repaired shortly after noon.',
  'About 60 replacement buses were sent, but passengers reported waits of up to an hour at Vesterby.',
);

const DEEP = story(
  'Beekeepers report a late but strong honey season in the Arvel valley',
  'Beekeepers in the Arvel valley expect a good honey harvest despite a cold, wet May that kept colonies inside for weeks.',
  'The valley’s beekeeping association said hives weighed on average 4 kilograms more in July than a year earlier.',
  'Association secretary Tomas Lirr said members would sell the first jars at the Arvel market in September.',
);

const UNICODE_STORY = story(
  'Lake ferry timetable changes for the autumn season',
  'The lake ferry will run every 40 minutes instead of every 30 from the start of October, the shipping company said on Wednesday.',
  'The company said fewer tourists travel in autumn and that the change would save fuel for the winter timetable.',
  'Commuters’ groups said they would ask for the earliest morning sailing to be kept at its current time.',
);

export const UTF16_TITLE = 'Café owners win their fight over the “pavement tax”';
export const UTF16_BODY_SNIPPET = '“We can finally put the tables back outside,” said café owner Léa Marsh.';
const UTF16_STORY = story(
  UTF16_TITLE,
  'The Hollin town council has dropped a plan to charge cafés a yearly fee for every table placed on the pavement, after a petition signed by 3,200 residents.',
  UTF16_BODY_SNIPPET,
  'The council said it would instead ask cafés to keep a path of at least 1.5 metres clear for pedestrians.',
);

export const CP1252_TITLE = 'Résidents oppose ‘quick fix’ for the Brennau bridge';
export const CP1252_BODY_SNIPPET = '“A coat of paint will not hold up a bridge,” said résident Aurélie Danz.';
const CP1252_STORY = story(
  CP1252_TITLE,
  'Residents of Brennau have asked the regional roads office to replace the town’s old stone bridge instead of repairing it for a third time.',
  CP1252_BODY_SNIPPET,
  'The roads office said a repair would cost €1.2 million — less than a third of a new bridge — and would last at least fifteen years.',
);

/** The characters of Windows-1252 this file uses, mapped to their bytes explicitly. */
const CP1252: Record<string, number> = {
  é: 0xe9,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '—': 0x97,
  '€': 0x80,
};

function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = CP1252[ch];
      if (byte === undefined) throw new Error(`no Windows-1252 byte for ${ch}`);
      return byte;
    }),
  );
}

function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]); // 1×1, 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IEND', Buffer.alloc(0))]);
}

/** Deterministic noise with a NUL every 16 bytes; starts with 0x13, which no signature has. */
function binaryNoise(size: number): Buffer {
  const out = Buffer.alloc(size);
  let state = 0x2545f491;
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = i % 16 === 15 ? 0 : (state >>> 16) & 0xff;
  }
  out[0] = 0x13;
  return out;
}

/** A small, unique valid article for the bulk subfolder (enough files to start import workers). */
export function bulkStory(n: number): string {
  return story(
    `Community notice ${n}: Arvel street market moves stall ${n} to the square`,
    `The Arvel street market will move stall number ${n} to the town square from next month, the market committee said.`,
    `Stall holder ${n} said the new place was closer to the bus stop and would bring more customers.`,
    `The committee will publish a map of all ${n + 100} stalls on its notice board.`,
  );
}

export function buildHostileFolder(
  folder: string,
  outside: string,
  options: { bulk?: number } = {},
): HostileFolder {
  const write = (rel: string, data: string | Buffer) => {
    mkdirSync(join(folder, rel, '..'), { recursive: true });
    writeFileSync(join(folder, rel), data);
  };
  const link = (target: string, rel: string) => {
    mkdirSync(join(folder, rel, '..'), { recursive: true });
    symlinkSync(target, join(folder, rel));
  };
  const titles: Record<string, string> = {
    'news/harbour-ferry.txt': 'Ferry operator adds night crossings to Skellby after record summer',
    'news/library-sundays.md': 'Varnholm library to open on Sundays through the winter',
    'news/bus-fares.json': 'Regional bus fares frozen for a second year',
    'news/rail-signal.txt': 'Signal fault halts trains between Orlen and Vesterby for six hours',
    [UTF16_FILE]: UTF16_TITLE,
    [CP1252_FILE]: CP1252_TITLE,
    [UNICODE_FILE]: 'Lake ferry timetable changes for the autumn season',
    [DEEP_FILE]: 'Beekeepers report a late but strong honey season in the Arvel valley',
  };
  write('news/harbour-ferry.txt', FERRY);
  write('news/library-sundays.md', LIBRARY);
  write('news/bus-fares.json', BUSES);
  write('news/rail-signal.txt', RAIL);
  write(UTF16_FILE, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_STORY, 'utf16le')]));
  write(CP1252_FILE, windows1252(CP1252_STORY));
  write(UNICODE_FILE, UNICODE_STORY);
  write(DEEP_FILE, DEEP);
  write('news/copy of harbour-ferry.txt', FERRY);
  for (let i = 0; i < (options.bulk ?? 0); i++) {
    const rel = `bulk/notice-${String(i).padStart(3, '0')}.txt`;
    write(rel, bulkStory(i));
    titles[rel] = bulkStory(i).split('\n')[0]!;
  }

  write('junk/empty.txt', '');
  write('junk/blob.bin', binaryNoise(4096));
  write('junk/lead-photo.png', png());
  write(
    'junk/cruft-only.txt',
    'Menu\nSearch\nSubscribe\nSign In\nShare this article\nCopyright © 2025 The Skellby Courier. All rights reserved.\n',
  );
  write('junk/broken.json', '{"title": "Harbour dues", "body": "The harbour board met on');
  write(
    'junk/dump-5mb.txt',
    'The council met again and adjourned. '.repeat(142_000).slice(0, 5 * 1024 * 1024),
  );
  writeFileSync(join(outside, 'outside-article.txt'), RAIL.replace('six hours', 'seven hours'));
  link(folder, 'links/back-to-top');
  link(join(folder, 'level1', 'level2'), UP_LINK);
  link(join(folder, 'links', 'self-b'), 'links/self-a');
  link(join(folder, 'links', 'self-a'), 'links/self-b');
  link(join(folder, 'links', 'missing.txt'), 'links/dangling.txt');
  link(join(outside, 'outside-article.txt'), 'links/escape.txt');
  return {
    folder,
    titles,
    copies: { 'news/copy of harbour-ferry.txt': 'news/harbour-ferry.txt' },
    rejected: {
      'junk/empty.txt': /^the file is empty$/,
      'junk/blob.bin': /binary/,
      'junk/lead-photo.png': /PNG image/,
      'junk/cruft-only.txt': /nothing is left after removing site cruft/,
      'junk/broken.json': /JSON is malformed/,
      'junk/dump-5mb.txt': /the file is 5\.0 MB; articles larger than 2\.0 MB/,
      'links/back-to-top': /already searched \(a loop\)/,
      [UP_LINK]: /already searched \(a loop\)/,
      'links/self-a': /loops back on itself/,
      'links/self-b': /loops back on itself/,
      'links/dangling.txt': /dangling/,
      'links/escape.txt': /points outside the chosen folder/,
    },
  };
}

/** Every entry under `root` that is not a real folder (files and links alike), relative to it. */
export function listEntries(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, rel))) {
    const child = rel ? `${rel}/${name}` : name;
    if (lstatSync(join(root, child)).isDirectory()) out.push(...listEntries(root, child));
    else out.push(child);
  }
  return out;
}
