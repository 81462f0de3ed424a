// Embeddable status (issue 19): an SVG badge and a small HTML page an advocacy site can show in an iframe, for a
// measure or a campaign. Both are plain strings built from cached public data (tagged like the pages, so a change
// revalidates them), escaped here; the embed carries its own strict policy (no script, framing allowed anywhere, no
// cookies: it reads no session) and is outside the site's policy that forbids framing (next.config.js).
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { isSlug } from '@/lib/cache/cached-args';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { measureName } from '@/lib/format';
import { outcomeLabel, stageLabel } from '@/lib/status';
import { getCampaignBySlug } from './queries';

export const EMBED_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Approximate width of text at 11px Verdana-like: enough for the badge's box, never cut short. */
const textWidth = (text: string) => Math.ceil([...text].length * 6.6) + 10;

const COLORS = { success: '#1a7f37', failure: '#b42318', pending: '#1d4ed8', neutral: '#555' } as const;
export type BadgeTone = keyof typeof COLORS;

/** A two-part badge ("H.Res. 240 | Referred to committee") with a title for screen readers. */
export function badgeSvg(label: string, message: string, tone: BadgeTone): string {
  const l = textWidth(label);
  const m = textWidth(message);
  const w = l + m;
  const title = escapeXml(`${label}: ${message}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<rect width="${l}" height="20" fill="#555"/><rect x="${l}" width="${m}" height="20" fill="${COLORS[tone]}"/>` +
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">` +
    `<text x="5" y="14">${escapeXml(label)}</text><text x="${l + 5}" y="14">${escapeXml(message)}</text></g></svg>`
  );
}

function toneOf(outcome: string): BadgeTone {
  if (outcome === 'adopted' || outcome === 'became_law' || outcome === 'veto_overridden') return 'success';
  if (outcome === 'pending') return 'pending';
  if (outcome === 'failed' || outcome === 'vetoed' || outcome === 'pocket_vetoed') return 'failure';
  return 'neutral';
}

/** What a measure's badge and embed show: its name, status and body. */
export async function getMeasureEmbed(slug: string) {
  'use cache';
  cacheLife('days');
  if (!isSlug(slug)) return null;
  cacheTag(tags.measureSlug(slug));
  const m = await db.measure.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      type: true,
      stage: true,
      outcome: true,
      overrideStage: true,
      overrideOutcome: true,
      lastActionDate: true,
      originBody: { select: { name: true } },
    },
  });
  if (!m) return null;
  cacheTag(tags.measure(m.id));
  const outcome = m.overrideOutcome ?? m.outcome;
  const stage = m.overrideStage ?? m.stage;
  return {
    slug: m.slug,
    name: measureName(m),
    title: m.title,
    body: m.originBody.name,
    status: outcome === 'pending' ? stageLabel(stage, m.type) : outcomeLabel(outcome),
    tone: toneOf(outcome),
    lastActionDate: m.lastActionDate,
  };
}

export async function getCampaignEmbed(slug: string) {
  const campaign = await getCampaignBySlug(slug);
  if (!campaign) return null;
  return {
    slug: campaign.slug,
    name: campaign.name,
    headline: campaign.headline,
    members: campaign.measures.map(({ role, measure }) => ({ role, measure })),
  };
}

/** The embed's page: no script, inline style only, links open the tracker in a new tab. */
export function embedHtml(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeXml(title)}</title><style>body{font:14px/1.4 system-ui,sans-serif;margin:0;padding:12px;color:#1a1a1a;background:#fff}a{color:#1d4ed8}h1{font-size:16px;margin:0 0 6px}p{margin:4px 0}ul{margin:6px 0;padding-left:18px}.muted{color:#555}</style></head><body>${body}</body></html>`;
}

// Like the public pages (next.config.js, decision 070): no copy kept in browsers, one second in a shared cache in
// front; our own cache is revalidated by tag when a member measure changes, so a badge is never older than that.
const EMBED_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-while-revalidate=10';

export const embedHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': EMBED_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': EMBED_CACHE_CONTROL,
};

export const badgeHeaders = {
  'content-type': 'image/svg+xml; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'cache-control': EMBED_CACHE_CONTROL,
};
