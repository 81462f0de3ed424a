import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const bin = (name: string) => path.join(process.cwd(), 'node_modules/.bin', name);

/**
 * The version of the Node that `startProductionServer` runs the server on: the first `node` on the PATH (tsx and
 * next start through `env node`), which may not be the one running the bench (decision 075).
 */
export function serverNodeVersion(): string {
  return execFileSync('node', ['--version'], { encoding: 'utf8' }).trim();
}

/** A TCP port that nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export type RunningServer = { baseUrl: string; stop: () => Promise<void> };

/** Starts `next start` through with-db (DATABASE_URL if set, else the embedded database) and waits until it answers. */
export async function startProductionServer(port: number, readyPath = '/about'): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  // Own process group, so a last-resort kill reaches next and the embedded database too. No -H: with one, Next 16.4
  // hands proxy.ts a URL on "localhost" unlike the address it listens on, and the list views' rewrites went over
  // HTTP to the server itself (half the throughput, resets under load).
  const child = spawn(
    bin('tsx'),
    ['scripts/with-db.ts', '--seed-if-empty', '--', 'next', 'start', '-p', String(port)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
      env: {
        ...process.env,
        // A production server refuses to start without AUTH_SECRET (instrumentation.ts); the bench signs in nobody
        // real, so a random one per run does.
        AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64'),
        // No job worker in the server under test (as in the several-instance deployment, where workers run apart):
        // its jobs (the dashboard scenario's fan-out, the nightly dump) would run during the loads, and the figures
        // would be of its work. BENCH_WORKER=on keeps it.
        ...(process.env.BENCH_WORKER === 'on' ? {} : { WORKER: 'off' }),
      },
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = () => stopProcess(child, exited);

  const deadline = Date.now() + 120_000;
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline && !exitedEarly) {
    try {
      const response = await fetch(`${baseUrl}${readyPath}`);
      if (response.ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(
    exitedEarly ? 'The server exited before it answered' : `The server did not answer ${readyPath} within 120 s`,
  );
}

/** SIGTERM to with-db (it passes it on and stops the embedded database), SIGKILL to the group if it hangs. */
async function stopProcess(child: ChildProcess, exited: Promise<number | null>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped && child.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function runToCompletion(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}
