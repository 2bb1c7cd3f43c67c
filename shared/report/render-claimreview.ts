// The report's reviewed claims as schema.org ClaimReview (JSON-LD), the structured data fact-
// check aggregators and search engines read. The rating is a 1–3 scale stated in each rating:
// 3 = consistent across the sources compared, 2 = unclear, 1 = conflicting between sources;
// `alternateName` says it in words. Fields the workspace does not know (a URL) are left out.
import type { Report, ReportClaim, ReportStory } from './report-model';

const RATING = {
  consistent: { value: 3, name: 'Consistent across sources' },
  unclear: { value: 2, name: 'Unclear' },
  conflicting: { value: 1, name: 'Conflicting between sources' },
} as const;

const SCALE = 'Scale: 3 consistent across the sources compared, 2 unclear, 1 conflicting between sources.';

export function renderClaimReview(report: Report): string {
  const reviews = report.stories.flatMap((story) =>
    story.claims.filter((c) => c.status).map((c) => claimReview(report, story, c)),
  );
  return safeJson(reviews);
}

/**
 * JSON with "<" written as \u003c: the same data once parsed, but a note holding "</script>"
 * cannot close the script element when the JSON-LD is pasted into a web page.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/</g, '\\u003c')}\n`;
}

/** A version of the story as the CreativeWork a claim appears in. */
function creativeWork(story: ReportStory, articleId: string): Record<string, unknown> {
  const version = story.versions.find((v) => v.articleId === articleId);
  return {
    '@type': 'CreativeWork',
    ...(version?.title ? { headline: version.title } : {}),
    ...(version?.url ? { url: version.url } : {}),
    ...(version?.date ? { datePublished: version.date } : {}),
    ...(version?.outlet ? { publisher: { '@type': 'Organization', name: version.outlet } } : {}),
  };
}

function claimReview(report: Report, story: ReportStory, c: ReportClaim): Record<string, unknown> {
  const rating = RATING[c.status!];
  // Followed through the story: the first version with the claim's wording, then every version
  // carrying it; otherwise the claim's own article alone.
  const firstAppearance = c.lineage ? creativeWork(story, c.lineage.firstAppearance) : null;
  const appearance = (c.lineage?.appearances ?? [c.articleId]).map((id) => creativeWork(story, id));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: c.text,
    ...(c.decidedAt ? { datePublished: c.decidedAt.slice(0, 10) } : {}),
    // The organisation when one is named; else the reviewer, as the person they are.
    author: report.organisation
      ? { '@type': 'Organization', name: report.organisation }
      : { '@type': 'Person', name: c.reviewer ?? 'Crosscheck reviewer' },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
      ratingExplanation: `${SCALE} ${c.note || c.suggestionReasons.join('; ')}`.trim(),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(c.outlet ? { author: { '@type': 'Organization', name: c.outlet } } : {}),
      ...(c.date ? { datePublished: c.date } : {}),
      ...(firstAppearance ? { firstAppearance } : {}),
      appearance,
    },
  };
}
