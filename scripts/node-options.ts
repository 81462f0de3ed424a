// The NODE_OPTIONS that `scripts/with-db.ts` gives the command it runs. NODE_OPTIONS set by the operator wins: a flag
// it already names is never added twice or overridden.

/**
 * A production server gets a larger young generation (V8's semi-space, 64 MB instead of 16): rendering and streaming
 * pages allocates fast, and with the default, scavenges ran often enough to cost 7-17% of the cached views' throughput
 * (autocannon, 50 connections, two runs each). It costs up to ~100 MB more memory.
 */
const SERVER_FLAG = '--max-semi-space-size';
const SERVER_VALUE = 64;

/**
 * The job worker and the sync command get an old generation of 256 MB. Left to itself on a large machine V8 lets the
 * heap grow to gigabytes before collecting: a 10,000-file sync peaked at 793 MB of resident memory, though what it
 * keeps alive after a collection is about 60 MB; capped, the same sync peaked at 424 MB, and the nightly dump of
 * 1,000,000 measures at 216 MB (README, Performance).
 */
const WORKER_FLAG = '--max-old-space-size';
export const WORKER_HEAP_MB = 256;

const runs = (command: string[], script: string) => command.some((part) => part.replace(/\\/g, '/').endsWith(script));

export function childNodeOptions(command: string[], current: string | undefined): string | undefined {
  const add = (flag: string, value: number) =>
    current?.includes(flag) ? current : [current, `${flag}=${value}`].filter(Boolean).join(' ');
  if (command.includes('next') && command.includes('start')) return add(SERVER_FLAG, SERVER_VALUE);
  if (runs(command, 'scripts/worker.ts') || runs(command, 'scripts/sync.ts')) return add(WORKER_FLAG, WORKER_HEAP_MB);
  return current;
}
