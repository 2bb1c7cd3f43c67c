// Word pools for the synthetic news corpus (bench/lib/news-corpus.ts). Every place, person,
// outlet and organisation is invented, like the sample stories in data/sample, so generated
// text can never be mistaken for reporting about the real world. Data only: no logic here.

export const COUNTRIES = [
  'Lodmark',
  'Tervania',
  'Vessland',
  'Orlavia',
  'Kastrel',
  'Mirova',
  'Seldane',
  'Brask',
];

export const CITIES = [
  'Brennholm',
  'Sörenz',
  'Tessvik',
  'Dravenna',
  'Kaldfoss',
  'Lisca',
  'Northfield',
  'Eastmoor',
  'Velgrad',
  'Ostrava Nova',
  'Marsk',
  'Holmbruk',
  'Caldera Bay',
  'Rensk',
];

export const FIRST_NAMES = [
  'Anneli',
  'Radomir',
  'Katrin',
  'Mirela',
  'Tomas',
  'Sigrid',
  'Elin',
  'Dorota',
  'Jürgen',
  'Lenka',
  'Nikola',
  'Petra',
  'Amir',
  'Ivo',
  'Maren',
  'Oskar',
  'Zofia',
  'Henrik',
  'Ludmila',
  'Aino',
];

export const LAST_NAMES = [
  'Kröger',
  'Sávek',
  'Olafsen',
  'Dostál',
  'Brček',
  'Aalto',
  'Marković',
  'Weiss',
  'Vossberg',
  'Hrábová',
  'Brandt',
  'Lindqvist',
  'Hadžić',
  'Novak',
  'Keller',
  'Rask',
  'Halvorsen',
  'Petrescu',
  'Lund',
  'Varga',
];

export const ROLES = [
  'Minister of Water and Environment',
  'Infrastructure Minister',
  'chief executive',
  'opposition leader',
  'council spokesperson',
  'deputy mayor',
  'union chairwoman',
  'chief economist',
  'head of the regional audit office',
  'director of the port authority',
  'hospital director',
  'spokesperson for the prosecutor',
];

export const ORGANISATIONS = [
  'the Joint Vessa River Authority',
  'the National Statistics Office',
  'the Ministry of Energy',
  'the regional audit office',
  'the Farmers’ Union',
  'the Central Bank',
  'the National Environmental Inspectorate',
  'the Port Authority',
  'the Teachers’ Federation',
  'the Chamber of Commerce',
  'TransTerva',
  'Veldra Energy',
];

export const OUTLETS = [
  { name: 'Northline Agency', slug: 'northline', site: 'northline-agency.example' },
  { name: 'Lodmark Today', slug: 'lodmark-today', site: 'lodmark-today.example' },
  { name: 'Courier Media', slug: 'courier', site: 'courier-media.example' },
  { name: 'Tessvik Herald', slug: 'tessvik-herald', site: 'tessvik-herald.example' },
  { name: 'Tervania Business Review', slug: 'tbr', site: 'tervania-business-review.example' },
  { name: 'Sörenz Energy Monitor', slug: 'energy-monitor', site: 'sorenz-energy-monitor.example' },
  { name: 'Korvel News', slug: 'korvel', site: 'korvel-news.example' },
  { name: 'The Morning Current', slug: 'morning-current', site: 'morning-current.example' },
  { name: 'Vessa Valley Post', slug: 'valley-post', site: 'vessa-valley-post.example' },
  { name: 'Brask Daily', slug: 'brask-daily', site: 'brask-daily.example' },
  { name: 'Orlavia Wire', slug: 'orlavia-wire', site: 'orlavia-wire.example' },
  { name: 'Kastrel Observer', slug: 'kastrel-observer', site: 'kastrel-observer.example' },
];

/** Subjects of a story: what the headline and most sentences are about. */
export const TOPICS = [
  { thing: 'water-sharing treaty', metric: 'river flow', unit: 'cubic metres per second' },
  { thing: 'bridge repair programme', metric: 'daily traffic', unit: 'vehicles' },
  { thing: 'solar park', metric: 'planned capacity', unit: 'megawatts' },
  { thing: 'hospital budget', metric: 'waiting list', unit: 'patients' },
  { thing: 'port expansion', metric: 'container traffic', unit: 'containers a month' },
  { thing: 'teachers’ pay deal', metric: 'average salary', unit: 'euros a month' },
  { thing: 'rail link', metric: 'ridership', unit: 'passengers a day' },
  { thing: 'housing plan', metric: 'new homes', unit: 'homes' },
  { thing: 'fishing quota', metric: 'catch', unit: 'tonnes' },
  { thing: 'wind farm', metric: 'output', unit: 'gigawatt hours' },
];

/** Headline verbs; the subject is a country, so they take the singular. */
export const HEADLINE_VERBS = [
  'agrees to reopen talks on',
  'votes to delay',
  'approves',
  'rejects',
  'signs deal on',
  'pauses work on',
  'faces protests over',
  'announces review of',
  'promises funding for',
  'questions cost of',
];

export const REPORT_VERBS = [
  'said',
  'told reporters',
  'said in a statement',
  'told lawmakers',
  'wrote on social media',
];

export const TREND_VERBS = ['fell', 'rose', 'climbed', 'dropped', 'jumped', 'slipped'];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Quotation bodies; a quote sentence wraps one of these in quote marks and an attribution. */
export const QUOTES = [
  'We have agreed that the problem cannot wait for politics',
  'This is the contract that turns a drawing into a working project',
  'Nobody here is against the plan, we are against losing a whole valley to it',
  'Engineers have told us plainly that the structure will not survive another decade',
  'A framework is not a treaty',
  'Every euro we spend this year is a euro we do not have next winter',
  'Our partners understand this arithmetic, even if they do not like it',
  'We heard about the deal from a press release, like everybody else',
  'The figures speak for themselves, and they are not good',
  'We expect to start work before the end of the year',
  'Half of my regulars drive in from the suburbs',
  'The government has not yet presented a single costed option',
];

/** Background clauses that pad paragraphs the way agency copy does. */
export const BACKGROUND = [
  'ending a freeze in talks that had lasted nearly three years',
  'after more than three hours of debate in a late-night session',
  'despite a last-minute protest outside the town hall',
  'a charge the government denied',
  'according to a joint statement released by both ministries',
  'in the first face-to-face meeting since negotiations collapsed',
  'a figure opposition groups say is too low',
  'moving the project a step closer to construction',
  'the lowest reading for that month since records began',
  'which has risen sharply since the plan was first presented',
];

export const CRUFT_NAV = [
  'Menu Explore',
  'Search Search',
  'Subscribe',
  'Puzzles',
  'E-Paper',
  'Home',
  'Top Stories',
  'Latest',
];

export const CRUFT_FOOTER = [
  'Share this article',
  'Recommended Topics',
  'SHARE THIS ARTICLE ON',
  'Copy link',
  'Create a free account and unlock newsletters, alerts and saved stories',
  'Already have an account? Sign In',
  'Follow Us On',
  'Sign up for The Morning Current',
  'By signing up, you agree to our Terms of Use and Privacy Policy.',
];

export const CAPTION_SCENES = [
  'A fishing boat lies on exposed mud flats near the reservoir',
  'Traders protest outside the town hall',
  'Workers inspect the corroded steel bearings of the bridge',
  'Solar panels are stacked at a depot outside the city',
  'Ministers shake hands before the talks',
  'Commuters wait on a crowded platform',
];
