// `npm run bench:import [-- --files 1000 --concurrency 4]`: imports Bill Status files generated from the fixtures (each renumbered,
// retitled and with some cosponsors left out, so each is a new measure) into a fresh database through runImport,
// and prints files per second and peak memory. Target on two cores: >= 50 files/s and < 500 MB.
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDbClient } from '@/lib/db/client';
import { runImport } from '@/lib/import/run-import';
import type { ImportInput } from '@/lib/import/types';
import { createTestDatabase } from '@/lib/test/database';
import { fixturePath } from '@/lib/test/shared-fixtures';

const TARGET_FILES_PER_SECOND = 50;
const TARGET_PEAK_MB = 500;

const { values } = parseArgs({
  options: { files: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '4' } },
});
const count = Number(values.files);
const concurrency = Number(values.concurrency);

/** The n-th variation: a fixture with a new number and title, and every third cosponsor left out on odd n. */
function variation(templates: { name: string; xml: string }[], n: number): ImportInput {
  const { name, xml } = templates[n % templates.length]!;
  const number = String(90_000 + n);
  let varied = xml
    .replace(/<(billNumber|number)>\d+<\/\1>/, `<$1>${number}</$1>`)
    .replace(/<title>([^<]*)<\/title>/, `<title>$1 (variation ${n})</title>`);
  if (n % 2 === 1) {
    let k = 0;
    varied = varied.replace(
      /<cosponsors>([\s\S]*?)<\/cosponsors>/,
      (_m, inner: string) =>
        `<cosponsors>${inner.replace(/<item>[\s\S]*?<\/item>/g, (item) => (k++ % 3 === 2 ? '' : item))}</cosponsors>`,
    );
  }
  return { name: name.replace(/\d+\.xml$/, `${number}.xml`), bytes: Buffer.from(varied, 'utf8') };
}

async function main() {
  const dir = fixturePath('billstatus');
  const templates = readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, xml: readFileSync(`${dir}/${name}`, 'utf8') }));
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const db = createDbClient(database.url, concurrency + 1);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  try {
    console.log(`Database: ${database.description}`);
    // The originals first, untimed: the Congress, its committees and the members exist, as in any real database.
    await runImport(
      db,
      templates.map((t) => ({ name: t.name, bytes: Buffer.from(t.xml) })),
      templates.length,
    );

    function* inputs() {
      for (let n = 0; n < count; n++) yield variation(templates, n);
    }
    const started = performance.now();
    const report = await runImport(db, inputs(), count, {
      concurrency,
      onFile: (_f, done) => {
        if (done % 100 === 0) process.stderr.write(`${done}/${count}\n`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const perSecond = count / seconds;
    const peakMb = peakRss / 1024 / 1024;
    const failed = report.files.filter((f) => f.outcome === 'failed');
    console.log(
      `${count} Bill Status files, ${concurrency} at a time, in ${seconds.toFixed(1)} s: ${perSecond.toFixed(1)} files/s (target >= ${TARGET_FILES_PER_SECOND})`,
    );
    console.log(`peak memory (RSS): ${peakMb.toFixed(0)} MB (target < ${TARGET_PEAK_MB} MB)`);
    console.log(`outcomes: ${JSON.stringify(report.totals)}`);
    for (const f of failed.slice(0, 5)) console.log(`  ${f.error}`);
    return failed.length === 0 && perSecond >= TARGET_FILES_PER_SECOND && peakMb < TARGET_PEAK_MB ? 0 : 1;
  } finally {
    clearInterval(sampler);
    await db.$disconnect();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
