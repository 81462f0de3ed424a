import type { Role } from '@/lib/generated/prisma/enums';

/** Who is making the request: what pages, actions and data functions are given. */
export type Viewer = { id: string; email: string; name: string | null; role: Role };
