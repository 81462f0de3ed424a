// `npx tsx scripts/bench/lighthouse-run.ts <base URL> <path>...`: Lighthouse (mobile and desktop, the median of three
// runs each) on pages of a server already running, and on an empty page of the same Next.js built beside the project:
// the part of `npm run bench` to re-run alone, on a quiet machine, when only the Lighthouse figures are wanted.
import { repoRoot } from '@/lib/db/paths';
import { EMPTY_PAGE, withEmptyNextApp } from './js-size';
import { lighthouseRow, runLighthouse, type LighthouseScore } from './lighthouse';

async function main() {
  const [baseUrl, ...paths] = process.argv.slice(2);
  if (!baseUrl || paths.length === 0) throw new Error('usage: lighthouse-run.ts <base URL> <path>...');
  const scores: LighthouseScore[] = [
    ...(await runLighthouse(baseUrl, paths)),
    ...(await withEmptyNextApp(repoRoot, (emptyUrl) => runLighthouse(emptyUrl, ['/']))).map((score) => ({
      ...score,
      path: EMPTY_PAGE,
    })),
  ];
  console.table(scores.map(lighthouseRow));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
