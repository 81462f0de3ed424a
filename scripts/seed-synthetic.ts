// `npm run seed:synthetic -- --measures 100000 [--seed 1] [--replace]`: loads a deterministic synthetic world
// (Congress, fifty states, city councils; people, sponsors, about ten actions per measure) into DATABASE_URL or
// the embedded database, for performance work and the search benchmark (scripts/bench/search.ts).
import { parseArgs } from 'node:util';
import { scriptConfig } from '@/lib/config/env';
import { loadSynthetic } from '@/lib/synthetic/load';

const { values } = parseArgs({
  options: {
    measures: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    replace: { type: 'boolean', default: false },
  },
});

const measures = Number(values.measures);
const seed = Number(values.seed);
if (!Number.isInteger(measures) || measures < 1 || measures > 5_000_000) {
  console.error(`--measures must be a whole number from 1 to 5000000, got "${values.measures}"`);
  process.exit(1);
}
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, got "${values.seed}"`);
  process.exit(1);
}
const url = scriptConfig({ requireDatabase: true }).databaseUrl!;

loadSynthetic(url, { measures, seed, replace: values.replace, log: (line) => console.log(line) })
  .then((summary) => {
    console.log(
      `Loaded ${summary.measures} measures, ${summary.actions} actions, ${summary.sponsorships} sponsorships, ${summary.relations} relations, ` +
        `${summary.people} people, ${summary.bodies} bodies in ${summary.seconds.toFixed(1)} s (seed ${seed}), peak RSS ${summary.peakRssMb} MB.`,
    );
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
