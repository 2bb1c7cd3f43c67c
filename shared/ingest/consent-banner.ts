// A cookie or consent banner saved with the page ("We value your privacy", a long sentence on
// cookies and partners, "Accept all / Reject all / Manage preferences"). Its explanation is a
// sentence of prose, so the line rules keep it, and at the top of a page the region rules took
// it for the story's start and its title for the headline. Recognised by its shape and
// vocabulary, in several languages: lines that speak of cookies, consent, partners, personal
// data and personalised ads, closed by the banner's buttons (accept, reject, manage). The whole
// block goes, its title above it too, each line with one reason. Never fires without both an
// explanation and a button: a story about cookie law has no "Reject all" under its paragraphs.
import { atMostWords, endsSentence, type SourceLine } from './lines';

export const CONSENT_BANNER = 'cookie consent banner';

/**
 * What a consent banner talks about, one group per concept, each in several languages. A line
 * that names two concepts (cookies and partners, consent and personalised ads) explains consent.
 */
const CONSENT_CONCEPTS: readonly RegExp[] = [
  // cookies and trackers
  /\bcookies?\b|\btraceurs\b|\btrackers?\b|クッキー|缓存文件|ciasteczk|\bplików cookie|куки|ملفات تعريف الارتباط|الكوكيز|(?<!\p{L})çerez|\bkakor\b|\bsüti|쿠키/iu,
  // partners and vendors
  /\b(?:partners?|partenaires|socios|partner|vendors?|fournisseurs|anbieter|proveedores|partnerzy|partnerów)\b|パートナー|合作伙伴/iu,
  // personal data, information stored on a device
  /\b(?:personal (?:data|information)|données(?: personnelles)?|informations personnelles|personenbezogene|daten|datos personales|dati personali|dados pessoais|persoonsgegevens|dane osobowe|personuppgifter|személyes adat\w*|kişisel veri\w*|kvkk|your device|votre (?:terminal|appareil)|ihrem gerät|tu dispositivo)\b|персональн\p{L}* данн|بياناتك الشخصية|البيانات الشخصية|個人情報|个人信息|개인정보/iu,
  // consent
  /\b(?:consent|consentement|accord|einwilligung|zustimmung|consentimiento|consenso|consentimento|toestemming|zgod[aęy]|samtycke|hozzájárul\w*)\b|同意|동의|соглаша\p{L}*|согласи\p{L}*|توافق|موافقتك|الموافقة|kabul etmiş\p{L}*|(?<!\p{L})onay\p{L}*/iu,
  // "by continuing to browse, you agree": the consent implied by reading on
  /\b(?:by continuing|if you continue|en poursuivant|si vous poursuivez|wenn sie (?:die seite )?weiter|durch die weitere nutzung|al continuar|si continúas|continuando a navigare|ao continuar|continuando a navegar|door verder te|kontynuując|genom att fortsätta|a további böngészéssel)\b|продолжая|بمواصلة|باستمرارك|devam ederek|계속 이용/iu,
  // privacy
  /\b(?:privacy|vie privée|confidentialité|datenschutz|privatsphäre|privacidad|privacidade|riservatezza|privacy|privacybeleid|prywatnoś[cć]i?|integritet\w*|adatvédelm\w*|gizlilik)\b|конфиденциальност|الخصوصية|プライバシー|隐私|개인정보 ?처리방침/iu,
  // personalised ads and content, audience measurement
  /\b(?:personali[sz]ed|personnalisé(?:e?s)?|personalisiert\w*|personalizad[oa]s|personalizzat[ei]|gepersonaliseerde|spersonalizowan\w*|ad measurement|mesure d['’]audience|audiences?|(?:relevant|targeted|tailored) (?:ads|adverts|advertising)|publicités? ciblées?|publicidad personalizada)\b|広告|个性化/iu,
];

/**
 * The banner's buttons, in several languages: short lines that start with one of these verbs
 * (or a bare "OK" / "Got it"). Read only within a few lines under a consent explanation.
 */
const CONSENT_BUTTON =
  /^(?:accept(?:er|ar|ieren)?|alle akzeptieren|akzeptieren|aceptar|accetta(?:re)?|accepteren|akceptuj[eę]?|agree|i agree|j['’]accepte|reject|refuser|rejeter|ablehnen|rechazar|rifiuta(?:re)?|weigeren|odrzu[cć]|manage|gérer|paramétrer|personnaliser|einstellungen|configurar|gestionar|gestisci|instellingen|ustawienia|customi[sz]e|(?:more )?options|plus d['’]options|learn more|en savoir plus|mehr erfahren|más información|ulteriori informazioni|meer informatie|dowiedz się więcej|continue without accepting|continuer sans accepter|ok(?:ay)?|got it|aceitar|rejeitar|recusar|configurações|saiba mais|godkänn|acceptera|avvisa|neka|inställningar|läs mer|elfogad(?:om|ás)|elutasít(?:om|ás)|beállítások|részletek|kabul et(?:iyorum)?|reddet|ayarlar|tercihler|tamam|anladım|daha fazla bilgi|хорошо|понятно|принять|принимаю|согласен|согласна|отклонить|настро(?:йки|ить)|подробнее|موافق|أوافق|قبول|رفض|إعدادات|(?:اعرف )?المزيد|확인|동의(?:합니다)?|거부|설정|同意|拒绝|拒否|設定|详情|詳細)(?![\p{L}\p{N}])/iu;

function concepts(text: string): number {
  let n = 0;
  for (const concept of CONSENT_CONCEPTS) if (concept.test(text)) n++;
  return n;
}

function isButton(text: string): boolean {
  return atMostWords(text, 5) && !endsSentence(text.replace(/[→›»>]\s*$/, '')) && CONSENT_BUTTON.test(text);
}

/** Banners are short: an explanation and its buttons within this many lines. */
const SPAN = 8;

export function markConsentBanners(
  lines: readonly SourceLine[],
  remove: (l: SourceLine, r: string) => void,
): void {
  // A banner ends in a button within SPAN lines of its explanation; most pages have no button
  // at all, so the consent words (a dozen patterns in many languages, the costliest rule of a
  // page's cleaning) are only looked for in lines with a button below them.
  const nextButton = new Array<number>(lines.length);
  for (let i = lines.length - 1, next = Infinity; i >= 0; i--) {
    nextButton[i] = next;
    if (isButton(lines[i]!.text)) next = i;
  }
  for (let i = 0; i < lines.length; i++) {
    if (nextButton[i]! - i > SPAN || concepts(lines[i]!.text) < 2) continue;
    // Down from the explanation: more lines on consent, short lines, up to the last button.
    let last = -1;
    for (let j = i + 1; j < lines.length && j <= i + SPAN; j++) {
      const text = lines[j]!.text;
      if (isButton(text)) last = j;
      else if (concepts(text) === 0 && !atMostWords(text, 4)) break;
    }
    if (last < 0) continue;
    // Its title: a short line just above that names a concept ("We value your privacy").
    let from = i;
    const above = lines[i - 1];
    if (above && atMostWords(above.text, 10) && !endsSentence(above.text) && concepts(above.text) > 0)
      from = i - 1;
    for (let k = from; k <= last; k++) remove(lines[k]!, CONSENT_BANNER);
    i = last;
  }
}
