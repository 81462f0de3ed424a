import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';
import { assertSameOrigin } from '@/lib/auth/origin';

// Auth.js: the magic-link callback and /api/auth/session (read by the header's account menu).
export const GET = (request: NextRequest) => handlers.GET(request);

// Auth.js checks its own CSRF token on POST as well; the Origin check refuses cross-site writes before it.
export const POST = (request: NextRequest) => assertSameOrigin(request) ?? handlers.POST(request);
