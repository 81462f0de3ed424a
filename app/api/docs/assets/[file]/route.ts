import { docsAsset } from '@/lib/api/docs';

export async function GET(_request: Request, { params }: RouteContext<'/api/docs/assets/[file]'>) {
  const asset = await docsAsset((await params).file);
  if (!asset) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(asset.body, {
    headers: { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=86400' },
  });
}
