import { jsonResponse, preflightResponse } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

export async function GET(request: Request) {
  return jsonResponse(request, openApiDocument());
}

export async function OPTIONS() {
  return preflightResponse();
}
