// Lighthouse (the version pinned in package.json) on a page of the running server, mobile and desktop, in Debian's
// Chromium with the flags this machine needs (no background networking: the network is closed). Each page and form
// factor is run several times (3 by default) and the median run is the figure, as Lighthouse's own guidance on
// variability advises; every run's score is kept beside it, so a spread is never hidden.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { describeQuiet, waitForQuietCpu } from './quiet';

export type LighthouseScore = {
  path: string;
  formFactor: 'mobile' | 'desktop';
  /** The median run's score. */
  performance: number;
  /** Every run's performance score, in the order run. */
  performanceRuns: number[];
  accessibility: number;
  /** Lighthouse's measure of this machine's CPU speed (higher is faster): its mobile throttling multiplies it 4x. */
  benchmarkIndex: number;
  /** Milliseconds, or the shift score for cls. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Whether the machine was quiet when this page's runs began (scripts/bench/quiet.ts), in words. */
  machine: string;
};

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function runLighthouse(baseUrl: string, paths: string[], runs = 3): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const scores: LighthouseScore[] = [];
  try {
    for (const path of paths) {
      // A lab figure of one user: taken once what ran before (the bench's loads and writes) has settled.
      const machine = describeQuiet(await waitForQuietCpu());
      console.log(`Lighthouse ${path}: ${machine}`);
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const flags = {
          port: chrome.port,
          output: 'json' as const,
          logLevel: 'error' as const,
          onlyCategories: ['performance', 'accessibility'],
        };
        const attempts: Omit<LighthouseScore, 'performanceRuns' | 'machine'>[] = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(
            `${baseUrl}${path}`,
            flags,
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          const { categories, audits } = result.lhr;
          const metric = (id: string) => Number(audits[id]?.numericValue ?? NaN);
          attempts.push({
            path,
            formFactor,
            performance: Math.round((categories.performance?.score ?? 0) * 100),
            accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
            benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
            metrics: {
              fcp: Math.round(metric('first-contentful-paint')),
              lcp: Math.round(metric('largest-contentful-paint')),
              tbt: Math.round(metric('total-blocking-time')),
              cls: Number(metric('cumulative-layout-shift').toFixed(3)),
              si: Math.round(metric('speed-index')),
            },
          });
        }
        const median = [...attempts].sort((a, b) => a.performance - b.performance)[Math.floor(attempts.length / 2)]!;
        scores.push({ ...median, performanceRuns: attempts.map((a) => a.performance), machine });
      }
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

/** One row of a printed table of scores (npm run bench, scripts/bench/lighthouse-run.ts). */
export function lighthouseRow(s: LighthouseScore): Record<string, string> {
  return {
    page: s.path,
    device: s.formFactor,
    performance: String(s.performance),
    'every run': s.performanceRuns.join(', '),
    accessibility: String(s.accessibility),
    'FCP ms': String(s.metrics.fcp),
    'LCP ms': String(s.metrics.lcp),
    'TBT ms': String(s.metrics.tbt),
    CLS: String(s.metrics.cls),
    'CPU index': String(s.benchmarkIndex),
    machine: s.machine,
  };
}
