import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { dumpFilePath, dumpsDir } from '@/lib/dumps/dump';

export async function GET(_request: Request, { params }: RouteContext<'/data/[dump]/[file]'>) {
  const { dump, file } = await params;
  const filePath = dumpFilePath(dumpsDir(), dump, file);
  const info = filePath ? await stat(filePath).catch(() => null) : null;
  if (!filePath || !info?.isFile()) {
    return new Response('No such dump file.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(Readable.toWeb(createReadStream(filePath)) as ReadableStream, {
    headers: {
      'Content-Type': file.endsWith('.gz') ? 'application/gzip' : 'application/json; charset=utf-8',
      'Content-Length': String(info.size),
      'Content-Disposition': `attachment; filename="${dump}-${file}"`,
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
