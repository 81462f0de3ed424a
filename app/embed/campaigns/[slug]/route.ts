// /embed/campaigns/<slug>: the campaign's headline and measures as a small page for an iframe (strict policy,
// framing allowed, no cookies, no script).
import { embedHeaders, embedHtml, escapeXml, getCampaignEmbed } from '@/lib/campaigns/embed';
import { campaignRoleLabels } from '@/lib/campaigns/schemas';
import { measureName } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { outcomeLabel, stageLabel } from '@/lib/status';

export async function GET(_request: Request, { params }: RouteContext<'/embed/campaigns/[slug]'>) {
  const { slug } = await params;
  const c = await getCampaignEmbed(slug);
  if (!c)
    return new Response(embedHtml('Not found', '<p>No such campaign.</p>'), { status: 404, headers: embedHeaders });
  const site = siteUrl();
  const items = c.members
    .slice(0, 50)
    .map(({ role, measure }) => {
      const status =
        measure.outcome === 'pending' ? stageLabel(measure.stage, measure.type) : outcomeLabel(measure.outcome);
      return (
        `<li><a href="${escapeXml(`${site}/measures/${measure.slug}`)}" target="_blank" rel="noopener">` +
        `${escapeXml(measureName(measure))}</a> · ${escapeXml(measure.originBody.name)} · ${escapeXml(campaignRoleLabels[role])}: ` +
        `${escapeXml(status)}</li>`
      );
    })
    .join('');
  const body =
    `<h1><a href="${escapeXml(`${site}/campaigns/${c.slug}`)}" target="_blank" rel="noopener">${escapeXml(c.name)}</a></h1>` +
    `<p><strong>${escapeXml(c.headline.text)}.</strong></p><ul>${items}</ul>` +
    `<p class="muted">Status from Resolution Tracker</p>`;
  return new Response(embedHtml(c.name, body), { headers: embedHeaders });
}
