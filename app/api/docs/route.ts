import { DOCS_HTML } from '@/lib/api/docs';

export async function GET() {
  return new Response(DOCS_HTML, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
