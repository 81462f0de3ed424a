// `npm run test:cluster`: the deployment topology of the README on loopback, and the journeys that need more than one
// process. nginx (deploy/nginx.conf) load-balancing two `next start` instances (WORKER=off), one `npm run worker`,
// PgBouncer in transaction mode (deploy/pgbouncer.ini), PostgreSQL and Redis; one fresh database, one production
// build. Needs `apt-get install -y nginx pgbouncer`, PostgreSQL at DATABASE_URL's server (127.0.0.1:5432 by default)
// and Redis at REDIS_URL (redis://127.0.0.1:6379). Ports 3510-3515. CLUSTER_BUILD=skip reuses an existing .next
// built for SITE_URL http://127.0.0.1:3510 (while iterating on the journeys).
//
// Journeys: an edit through instance A shows on instance B and through nginx's cache within 2 s; a command-line
// import shows on both; one instance killed under load: nginx fails over and no request started after the kill fails;
// the worker killed mid-job: the job completes after a restart, with one email.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { chromium } from '@playwright/test';
import { repoRoot } from '@/lib/db/paths';
import { runSeed } from '@/lib/db/run-seed';
import { withDatabase } from '@/lib/db/url';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';

const PORTS = { nginx: 3510, a: 3511, b: 3512, pgbouncer: 3513, smtp: 3514 };
const SITE_URL = `http://127.0.0.1:${PORTS.nginx}`;
const AUTH_SECRET = randomBytes(32).toString('base64url');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const SESSION_COOKIE = '__Secure-authjs.session-token';

/** Debian's chromium when on the PATH (as playwright.config.ts prefers), else Playwright's own. */
function launchOptions() {
  const system =
    process.env.PLAYWRIGHT_CHROMIUM_PATH ||
    spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim() ||
    undefined;
  return system
    ? {
        executablePath: system,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      }
    : {};
}

const results: { name: string; ok: boolean; note: string }[] = [];
const children = new Set<ChildProcess>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function log(line: string) {
  console.log(`[cluster] ${line}`);
}

/** Starts a process in a group of its own, so that killing it kills what it started (tsx, next). */
function start(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `  ${name}| ${line}`)
      .join('\n');
  child.stdout?.on('data', (chunk: Buffer) => process.env.CLUSTER_LOG && console.log(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* gone already */
  }
}

function waitExit(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitFor(what: string, ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

async function get(port: number, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(!!socket.end()));
    socket.once('error', () => resolve(false));
  });

async function journey(name: string, run: () => Promise<string>) {
  log(`journey: ${name}`);
  try {
    const note = await run();
    results.push({ name, ok: true, note });
    log(`  passed: ${note}`);
  } catch (error) {
    results.push({ name, ok: false, note: (error as Error).message });
    log(`  FAILED: ${(error as Error).stack}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A real SMTP server that can hold its answer to DATA, as a slow mail server does, to kill the worker mid-send. */
function startSmtp() {
  const accepted: { messageId: string; to: string }[] = [];
  const closed = new Set<string>();
  let holdMs = 0;
  let onReceived: (() => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    closeTimeout: 200,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        onReceived?.();
        setTimeout(() => {
          // A client gone before the answer did not hand the message over: it is not accepted, as a real server
          // would not deliver it.
          if (closed.has(session.id)) return callback(new Error('client gone'));
          accepted.push({
            messageId: /^message-id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
          });
          callback();
        }, holdMs);
      });
    },
  });
  return {
    accepted,
    hold(ms: number, received?: () => void) {
      holdMs = ms;
      onReceived = received;
    },
    listen: () => new Promise<void>((resolve) => server.listen(PORTS.smtp, '127.0.0.1', () => resolve())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  for (const tool of ['nginx', 'pgbouncer']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      throw new Error(`${tool} is not installed: apt-get install -y nginx pgbouncer`);
    }
  }
  const redisUrl = new URL(REDIS_URL);
  if (!(await portOpen(Number(redisUrl.port || 6379)))) throw new Error(`Redis is not reachable at ${REDIS_URL}`);
  for (const [name, port] of Object.entries(PORTS)) {
    if (await portOpen(port)) throw new Error(`port ${port} (${name}) is in use`);
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'rt-cluster-'));
  await chmod(tmp, 0o777); // nginx's workers and PgBouncer run as other users when started by root
  let database: TestDatabase | undefined;
  const smtp = startSmtp();
  try {
    database = await createTestDatabase(SERVER_URL);
    await runSeed(database.url);
    const directUrl = database.url;
    const dbName = new URL(directUrl).pathname.slice(1);
    const pooledUrl = withDatabase(`postgresql://postgres@127.0.0.1:${PORTS.pgbouncer}/postgres`, dbName);
    log(`database ${dbName}; PgBouncer on ${PORTS.pgbouncer}, nginx on ${PORTS.nginx}, Redis ${REDIS_URL}`);

    // PgBouncer: the repository's configuration, on this run's port and server.
    const server = new URL(SERVER_URL);
    const pgbouncerIni = (await readFile(path.join(repoRoot, 'deploy/pgbouncer.ini'), 'utf8'))
      .replace('listen_port = 6432', `listen_port = ${PORTS.pgbouncer}`)
      .replace('* = host=127.0.0.1 port=5432', `* = host=${server.hostname} port=${server.port || 5432}`)
      .replace('auth_file = /etc/pgbouncer/userlist.txt', `auth_file = ${tmp}/userlist.txt`);
    await writeFile(path.join(tmp, 'pgbouncer.ini'), pgbouncerIni);
    await writeFile(path.join(tmp, 'userlist.txt'), await readFile(path.join(repoRoot, 'deploy/userlist.txt')));
    const asRoot = process.getuid?.() === 0;
    start('pgbouncer', 'pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), path.join(tmp, 'pgbouncer.ini')], {});
    await waitFor('PgBouncer', 15_000, () => portOpen(PORTS.pgbouncer));

    if (process.env.CLUSTER_BUILD !== 'skip') {
      log('next build (production, SITE_URL the nginx address)');
      const build = spawnSync('npx', ['next', 'build'], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: directUrl, SITE_URL, NODE_ENV: 'production', REDIS_URL },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (build.status !== 0) throw new Error('next build failed');
    }

    await smtp.listen();
    const appEnv = {
      NODE_ENV: 'production' as const,
      DATABASE_URL: pooledUrl,
      DATABASE_DIRECT_URL: directUrl,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL,
      AUTH_SECRET,
      SITE_URL,
      TRUSTED_PROXIES: '1',
      SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
      WORKER: 'off',
      JOB_LEASE_SECONDS: '5',
    };
    const nextBin = path.join(repoRoot, 'node_modules/.bin/next');
    const instances = {
      a: start('A', nextBin, ['start', '-p', String(PORTS.a)], appEnv),
      b: start('B', nextBin, ['start', '-p', String(PORTS.b)], appEnv),
    };
    const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
    let worker = start('worker', tsx, ['scripts/worker.ts'], appEnv);
    await waitFor('instance A', 60_000, async () => (await get(PORTS.a, '/about')).status === 200);
    await waitFor('instance B', 60_000, async () => (await get(PORTS.b, '/about')).status === 200);

    // nginx: the repository's configuration, on this run's ports.
    const nginxConf = (await readFile(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8'))
      .replace('server 127.0.0.1:3001', `server 127.0.0.1:${PORTS.a}`)
      .replace('server 127.0.0.1:3002', `server 127.0.0.1:${PORTS.b}`)
      .replace('listen 127.0.0.1:8080', `listen 127.0.0.1:${PORTS.nginx}`);
    await writeFile(path.join(tmp, 'nginx.conf'), nginxConf);
    await mkdir(path.join(tmp, 'cache'), { recursive: true, mode: 0o777 });
    await chmod(path.join(tmp, 'cache'), 0o777);
    start(
      'nginx',
      'nginx',
      ['-p', tmp, '-c', path.join(tmp, 'nginx.conf'), '-g', `daemon off; pid ${tmp}/nginx.pid;`],
      {},
    );
    await waitFor('nginx', 15_000, async () => (await get(PORTS.nginx, '/about')).status === 200);

    const db = new pg.Pool({ connectionString: directUrl, max: 3 });
    try {
      await journey('an edit through instance A shows on B and through nginx within 2 s', async () => {
        const person = (await db.query(`SELECT "id", "slug", "name" FROM "Person" ORDER BY "id" LIMIT 1`)).rows[0];
        const page = `/people/${person.slug}`;
        // Cached everywhere first: B renders and keeps it, nginx stores it.
        for (const port of [PORTS.a, PORTS.b, PORTS.nginx, PORTS.nginx]) {
          const answer = await get(port, page);
          assert(answer.status === 200 && answer.text.includes(person.name), `${page} on ${port}: ${answer.status}`);
        }
        const cacheControl = (await get(PORTS.nginx, page)).headers.get('cache-control');
        assert(cacheControl?.includes('s-maxage=1'), `public page Cache-Control is ${cacheControl}`);
        assert((await get(PORTS.nginx, page)).headers.get('x-cache-status') === 'HIT', 'nginx did not cache the page');

        const editor = await db.query(
          `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt") VALUES ($1, $2, 'Cluster editor', 'editor', now()) RETURNING "id"`,
          [`cluster-editor-${Date.now()}`, `editor-${Date.now()}@example.test`],
        );
        const token = randomUUID();
        await db.query(
          `INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`,
          [token, editor.rows[0].id],
        );
        // The editor's form is a client form (useActionState): edited in a browser on instance A, as an editor would.
        const browser = await chromium.launch(launchOptions());
        const renamed = `${person.name} (cluster ${Date.now().toString(36)})`;
        try {
          const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORTS.a}` });
          await context.addCookies([
            { name: SESSION_COOKIE, value: token, domain: '127.0.0.1', path: '/', httpOnly: true, secure: true },
          ]);
          const tab = await context.newPage();
          await tab.goto(`/admin/people/${person.id}`);
          const details = tab.getByRole('form', { name: 'Details' });
          await details.getByRole('textbox', { name: 'Name', exact: true }).fill(renamed);
          await details.getByRole('button', { name: 'Save details' }).click();
          await details.getByRole('status').filter({ hasText: 'Details saved.' }).waitFor({ timeout: 15_000 });
        } finally {
          await browser.close();
        }
        const saved = Date.now();
        const onB = await waitFor('the edit on B', 2000, async () => (await get(PORTS.b, page)).text.includes(renamed));
        const viaNginx = await waitFor('the edit through nginx', 2000 - (Date.now() - saved), async () =>
          (await get(PORTS.nginx, page)).text.includes(renamed),
        );
        return `B after ${onB} ms, nginx after ${Date.now() - saved} ms (${viaNginx} ms more)`;
      });

      await journey("'use cache' entries are shared in Redis, and revalidations recorded there", async () => {
        const redis = new Redis(REDIS_URL);
        try {
          const entries = (await redis.keys('rt:cache:*')).length;
          const tags = await redis.hlen('rt:cache-tags');
          assert(entries > 0, 'no entry in Redis');
          assert(tags > 0, 'no revalidated tag in Redis');
          return `${entries} entries and ${tags} revalidated tags in Redis`;
        } finally {
          redis.disconnect();
        }
      });

      await journey('a command-line import shows on both instances', async () => {
        const sample = 'lib/import/samples/files/billstatus/BILLSTATUS-117hr9008.xml';
        await get(PORTS.a, '/measures');
        await get(PORTS.b, '/measures');
        const known = (await db.query(`SELECT "id" FROM "Measure"`)).rows.map((row) => row.id as number);
        const imported = spawnSync(tsx, ['scripts/import.ts', sample], {
          cwd: repoRoot,
          env: { ...process.env, ...appEnv, REVALIDATE_URL: '', REVALIDATE_SECRET: '' },
          encoding: 'utf8',
        });
        assert(imported.status === 0, `import failed: ${imported.stderr}${imported.stdout}`);
        const added = await db.query(`SELECT "title" FROM "Measure" WHERE NOT ("id" = ANY($1::int[]))`, [known]);
        assert(added.rows.length > 0, 'the import added no measure');
        const needle = (added.rows[0].title as string).slice(0, 30).replace(/&/g, '&amp;').replace(/'/g, '&#x27;');
        const [onA, onB] = await Promise.all(
          [PORTS.a, PORTS.b].map((port) =>
            waitFor(`the import on ${port}`, 2000, async () => (await get(port, '/measures')).text.includes(needle)),
          ),
        );
        return `listed on A after ${onA} ms and on B after ${onB} ms from the command's end, with no REVALIDATE_URL`;
      });

      await journey(
        'an instance killed under load: nginx fails over, no request started after the kill fails',
        async () => {
          const pages = ['/', '/measures', '/about', '/measures?sort=title'];
          const outcomes: { at: number; ok: boolean; detail: string }[] = [];
          let running = true;
          const loops = Array.from({ length: 8 }, async (_, n) => {
            for (let i = n; running; i++) {
              const at = Date.now();
              try {
                const answer = await get(PORTS.nginx, pages[i % pages.length]!);
                outcomes.push({ at, ok: answer.status < 500, detail: String(answer.status) });
              } catch (error) {
                outcomes.push({ at, ok: false, detail: (error as Error).message });
              }
            }
          });
          await sleep(2000);
          const killedAt = Date.now();
          kill(instances.b);
          await waitExit(instances.b);
          await sleep(3000);
          running = false;
          await Promise.all(loops);
          const after = outcomes.filter((outcome) => outcome.at >= killedAt);
          const failed = after.filter((outcome) => !outcome.ok);
          assert(after.length > 20, `only ${after.length} requests after the kill`);
          assert(
            failed.length === 0,
            `${failed.length} of ${after.length} failed: ${failed.map((f) => f.detail).join(', ')}`,
          );
          return `${outcomes.length} requests, ${after.length} started after the kill, none failed`;
        },
      );

      await journey('an instance restarted after a change made while it was down shows the change', async () => {
        const person = (await db.query(`SELECT "id", "slug", "name" FROM "Person" ORDER BY "id" LIMIT 1`)).rows[0];
        const renamed = `${person.name.replace(/ \(.*$/, '')} (while B was down)`;
        await db.query(`UPDATE "Person" SET "name" = $1 WHERE "id" = $2`, [renamed, person.id]);
        instances.b = start('B', nextBin, ['start', '-p', String(PORTS.b)], appEnv);
        await waitFor('instance B again', 60_000, async () => (await get(PORTS.b, '/about')).status === 200);
        const ready = Date.now();
        const shown = await waitFor('the change on the restarted B', 2000, async () =>
          (await get(PORTS.b, `/people/${person.slug}`)).text.includes(renamed),
        );
        return `shown ${shown} ms after B answered again (${Date.now() - ready} ms)`;
      });

      await journey('the worker killed mid-job: the job completes after a restart with one email', async () => {
        const measure = (await db.query(`SELECT "id", "slug" FROM "Measure" ORDER BY "id" LIMIT 1`)).rows[0];
        const member = `cluster-member-${Date.now()}`;
        await db.query(
          `INSERT INTO "User" ("id", "email", "name", "role", "updatedAt", "emailVerified") VALUES ($1, $2, 'Member', 'member', now(), now())`,
          [member, `${member}@example.test`],
        );
        await db.query(`INSERT INTO "Follow" ("userId", "measureId") VALUES ($1, $2)`, [member, measure.id]);
        let received!: () => void;
        const mailArrived = new Promise<void>((resolve) => (received = resolve));
        smtp.hold(4000, () => received());
        // A change to the followed measure, as any writer records one: its fan-out job, then the email job.
        await db.query(
          `INSERT INTO "ChangeEvent" ("entityType", "entityId", "operation", "measureId", "actorLabel", "before", "after")
           VALUES ('measure', $1, 'update', $2, 'cluster-test', '{"title":"Before"}', '{"title":"After"}')`,
          [String(measure.id), measure.id],
        );
        await Promise.race([mailArrived, sleep(30_000).then(() => Promise.reject(new Error('no email was sent')))]);
        kill(worker); // while the mail server holds its answer: the message is not accepted
        await waitExit(worker);
        smtp.hold(0);
        const killedAt = Date.now();
        worker = start('worker', tsx, ['scripts/worker.ts'], appEnv);
        await waitFor('the email after the restart', 30_000, async () =>
          smtp.accepted.some((mail) => mail.to === `${member}@example.test`),
        );
        await sleep(3000); // a duplicate would come now
        const mails = smtp.accepted.filter((mail) => mail.to === `${member}@example.test`);
        assert(mails.length === 1, `${mails.length} emails to the member`);
        const open = await db.query(
          `SELECT count(*)::int AS n FROM "Job" WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= now()`,
        );
        assert(open.rows[0].n === 0, `${open.rows[0].n} due jobs left undone`);
        return `one email, ${Date.now() - killedAt} ms after the kill (JOB_LEASE_SECONDS=5)`;
      });
    } finally {
      await db.end();
    }
  } finally {
    for (const child of [...children]) kill(child, 'SIGTERM');
    await sleep(500);
    for (const child of [...children]) kill(child);
    await smtp.close().catch(() => undefined);
    await database?.drop().catch((error) => log(`dropping the database: ${(error as Error).message}`));
    await rm(tmp, { recursive: true, force: true });
  }
}

main()
  .catch((error) => {
    results.push({ name: 'setup', ok: false, note: (error as Error).stack ?? String(error) });
  })
  .finally(() => {
    console.log('\n━━━ test:cluster');
    for (const result of results) console.log(`${result.ok ? 'passed' : 'FAILED'}: ${result.name}: ${result.note}`);
    const failed = results.filter((result) => !result.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed || results.length === 0 ? 1 : 0);
  });
