import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';

// The embedded database serves every connection from one PGlite session. These tests run what the app's pool does
// under concurrent requests: many connections sending parameterised queries, errors and transactions at once.
describe('embedded PostgreSQL with concurrent connections', () => {
  let dir: string;
  let embedded: EmbeddedPostgres;
  const clients: pg.Client[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rt-embedded-'));
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pglite') });
    for (let i = 0; i < 8; i++) {
      const client = new pg.Client({ connectionString: embedded.url });
      await client.connect();
      clients.push(client);
    }
    await clients[0]!.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await clients[0]!.query('INSERT INTO counter VALUES (1, 0)');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers each connection its own parameterised query when they arrive together', async () => {
    const answers = await Promise.all(
      clients.flatMap((client, c) =>
        Array.from({ length: 25 }, (_, i) =>
          client
            // Each client its own statement text, as the app's different queries are, and some with a parameter
            // large enough (200 KB) that its messages reach the server in several reads.
            .query<{ who: string; n: number; size: number }>(
              `SELECT $1::text AS who, $2::int + ${c * 1000} AS n, length($3::text) AS size`,
              [`client ${c}`, i, 'x'.repeat(i % 3 === 0 ? 200_000 : 10)],
            )
            .then(({ rows }) => ({
              expected: `client ${c}/${c * 1000 + i}/${i % 3 === 0 ? 200_000 : 10}`,
              got: `${rows[0]!.who}/${rows[0]!.n}/${rows[0]!.size}`,
            })),
        ),
      ),
    );
    for (const { expected, got } of answers) expect(got).toBe(expected);
  });

  it("keeps one connection's error to itself while the others' queries succeed", async () => {
    const results = await Promise.allSettled(
      clients.map((client, c) =>
        c % 2 === 0
          ? client.query('SELECT 1 / $1::int AS boom', [0])
          : client.query<{ n: number }>(`SELECT $1::int AS n, ${c} AS client`, [c]).then(({ rows }) => rows[0]!.n),
      ),
    );
    results.forEach((result, c) => {
      if (c % 2 === 0) {
        expect(result.status).toBe('rejected');
        expect(String((result as PromiseRejectedResult).reason)).toMatch(/division by zero/);
      } else {
        expect(result).toEqual({ status: 'fulfilled', value: c });
      }
    });
    // And every connection still works afterwards.
    const after = await Promise.all(
      clients.map((client, c) => client.query<{ n: number }>('SELECT $1::int AS n', [c])),
    );
    expect(after.map(({ rows }) => rows[0]!.n)).toEqual(clients.map((_, c) => c));
  });

  it('runs concurrent read-modify-write transactions without losing an update', async () => {
    await Promise.all(
      clients.map(async (client) => {
        for (let i = 0; i < 5; i++) {
          await client.query('BEGIN');
          const { rows } = await client.query<{ n: number }>('SELECT n FROM counter WHERE id = $1', [1]);
          await client.query('UPDATE counter SET n = $1 WHERE id = $2', [rows[0]!.n + 1, 1]);
          await client.query('COMMIT');
        }
      }),
    );
    const { rows } = await clients[0]!.query<{ n: number }>('SELECT n FROM counter WHERE id = 1');
    expect(rows[0]!.n).toBe(clients.length * 5);
  });

  it('gives the session back when a connection drops in the middle of a transaction', async () => {
    const quitter = new pg.Client({ connectionString: embedded.url });
    await quitter.connect();
    quitter.on('error', () => {}); // it is about to lose its connection on purpose
    await quitter.query('BEGIN');
    await quitter.query('UPDATE counter SET n = $1 WHERE id = $2', [-1, 1]);
    quitter.connection.stream.destroy(); // gone without COMMIT or ROLLBACK
    const { rows } = await clients[1]!.query<{ n: number }>('SELECT n FROM counter WHERE id = $1', [1]);
    expect(rows[0]!.n).toBe(clients.length * 5);
  });
});
