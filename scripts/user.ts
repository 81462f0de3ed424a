// `npm run user -- create --email a@b.c --role admin [--password ...] [--name ...]`: creates the user, or changes
// the role (and password, when given) of an existing one. Runs against DATABASE_URL or the embedded database.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';
import { hashPassword, passwordSchema } from '@/lib/auth/password';
import { scriptConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { startEmbeddedPostgres, DEFAULT_EMBEDDED_DATA_DIR } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrate';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser, findUserByEmail, updateUser } from '@/lib/users/mutations';

const USAGE = 'Usage: npm run user -- create --email a@b.c --role member|editor|admin [--password ...] [--name ...]';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'member' },
      password: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const role = values.role as Role;
  const email = values.email ?? '';
  if (positionals[0] !== 'create' || !z.email().safeParse(email).success || !roles.includes(role)) {
    console.error(USAGE);
    return 2;
  }
  if (values.password !== undefined) {
    const checked = passwordSchema.safeParse(values.password);
    if (!checked.success) {
      console.error(`--password: ${checked.error.issues[0]?.message}`);
      return 2;
    }
  }
  const { databaseUrl } = scriptConfig();
  const embedded = databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: DEFAULT_EMBEDDED_DATA_DIR });
  const url = databaseUrl ?? embedded!.url;
  const db = createDbClient(url, 2);
  try {
    await applyMigrations(url);
    const passwordHash = values.password ? await hashPassword(values.password) : undefined;
    const actor = { actorLabel: 'npm run user' };
    const existing = await findUserByEmail(db, email);
    if (existing) {
      const user = await updateUser(db, existing.id, { role, active: true, passwordHash }, actor);
      console.log(`Updated ${user.email}: role ${user.role}${passwordHash ? ', new password' : ''}, active.`);
    } else {
      const user = await createUser(db, { email, name: values.name, role, passwordHash }, actor);
      console.log(
        `Created ${user.email} (${user.role})${passwordHash ? ' with a password' : ': no password, so sign in with an email link or set one'}.`,
      );
    }
    return 0;
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
