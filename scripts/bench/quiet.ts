// Waits for the machine to be quiet before a lab measurement of one user (Lighthouse): its guidance on variability
// is to run on a machine doing nothing else, and what `npm run bench` does before it (the loads, the dashboard
// scenario's writes) leaves PostgreSQL's autovacuum and checkpoints, and the server's collector, busy for a while.
// Reads the CPU's idle share from /proc/stat once a second until it has been at least `idleShare` for `seconds`
// seconds in a row, or `timeoutSeconds` have passed; says which, so a figure taken on a busy machine is marked.
import { readFile } from 'node:fs/promises';

type CpuTimes = { idle: number; total: number };

/** The CPU's cumulative idle and total times, from the first line of /proc/stat ("cpu  user nice system idle iowait …"). */
export function parseProcStat(text: string): CpuTimes | null {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return null;
  const idle = fields[3]! + fields[4]!; // idle + iowait
  return { idle, total: fields.reduce((sum, n) => sum + n, 0) };
}

/** The idle share between two readings (0 to 1), or null when no time passed. */
export function idleShareBetween(before: CpuTimes, after: CpuTimes): number | null {
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : null;
}

export type Quiet = { quiet: boolean; waitedSeconds: number; idleShare: number | null };

export async function waitForQuietCpu({
  idleShare = 0.85,
  seconds = 3,
  timeoutSeconds = 90,
}: { idleShare?: number; seconds?: number; timeoutSeconds?: number } = {}): Promise<Quiet> {
  const read = async () => parseProcStat(await readFile('/proc/stat', 'utf8').catch(() => ''));
  let previous = await read();
  if (!previous) return { quiet: true, waitedSeconds: 0, idleShare: null }; // not Linux: nothing to read
  const started = Date.now();
  let inARow = 0;
  let last: number | null = null;
  while (Date.now() - started < timeoutSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await read();
    if (!now) break;
    last = idleShareBetween(previous, now);
    previous = now;
    inARow = last !== null && last >= idleShare ? inARow + 1 : 0;
    if (inARow >= seconds)
      return { quiet: true, waitedSeconds: Math.round((Date.now() - started) / 1000), idleShare: last };
  }
  return { quiet: false, waitedSeconds: Math.round((Date.now() - started) / 1000), idleShare: last };
}

/** One line for the log: how long the wait was and how idle the CPU was at its end. */
export function describeQuiet(q: Quiet): string {
  const idle = q.idleShare === null ? 'not measured' : `${Math.round(q.idleShare * 100)}% idle`;
  return q.quiet
    ? `machine quiet after ${q.waitedSeconds} s (${idle})`
    : `machine still busy after ${q.waitedSeconds} s (${idle}): the figures below are of a busy machine`;
}
