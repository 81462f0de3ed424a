// /badges/measures/<slug>.svg: the measure's live status as an SVG badge (lib/campaigns/embed.ts).
import { badgeHeaders, badgeSvg, getMeasureEmbed } from '@/lib/campaigns/embed';

export async function GET(_request: Request, { params }: RouteContext<'/badges/measures/[file]'>) {
  const { file } = await params;
  const measure = file.endsWith('.svg') ? await getMeasureEmbed(file.slice(0, -4)) : null;
  if (!measure)
    return new Response(badgeSvg('measure', 'not found', 'neutral'), { status: 404, headers: badgeHeaders });
  return new Response(badgeSvg(measure.name, measure.status, measure.tone), { headers: badgeHeaders });
}
