// `prisma generate` needs no schema engine, but Prisma's CLI insists that one exists and its download fails
// offline. Any executable satisfies the check; the generated client (driver adapter) never runs it.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
};
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
