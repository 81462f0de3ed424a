// /embed/measures/<slug>: the measure's status as a small page for an iframe (strict policy, framing allowed, no
// cookies, no script).
import { embedHeaders, embedHtml, escapeXml, getMeasureEmbed } from '@/lib/campaigns/embed';
import { formatDate } from '@/lib/format';
import { siteUrl } from '@/lib/site';

export async function GET(_request: Request, { params }: RouteContext<'/embed/measures/[slug]'>) {
  const { slug } = await params;
  const m = await getMeasureEmbed(slug);
  if (!m)
    return new Response(embedHtml('Not found', '<p>No such measure.</p>'), { status: 404, headers: embedHeaders });
  const link = `${siteUrl()}/measures/${m.slug}`;
  const body =
    `<h1><a href="${escapeXml(link)}" target="_blank" rel="noopener">${escapeXml(m.name)}</a></h1>` +
    (m.name !== m.title ? `<p>${escapeXml(m.title)}</p>` : '') +
    `<p><strong>${escapeXml(m.status)}</strong> · ${escapeXml(m.body)}</p>` +
    (m.lastActionDate ? `<p class="muted">Last action ${escapeXml(formatDate(m.lastActionDate))}</p>` : '') +
    `<p class="muted">Status from Resolution Tracker</p>`;
  return new Response(embedHtml(`${m.name}: ${m.status}`, body), { headers: embedHeaders });
}
