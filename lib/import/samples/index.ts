// The project's own samples of every format the importers read, written from the data in this folder (never
// copied from real files): `npm run samples` writes them to lib/import/samples/files/, and samples.test.ts fails
// when the committed files differ from what this writes. A plain clone tests every importer path with them;
// the real files of ../shared/fixtures are tested by the *.real-data.test.ts suites when that folder is there.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BILL_SAMPLES } from './billstatus/bills';
import { billStatusXml } from './billstatus/write-xml';
import { committeesYaml, legislatorsYaml } from './congress-legislators';
import { councilCsv, CSV_PATH } from './council-csv';
import { OCD_SAMPLES, ocdPersonYaml } from './open-civic-data';
import { samplesReadme } from './readme';

export const SAMPLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'files');

export const LEGISLATORS_PATH = 'congress-legislators/legislators-current.yaml';
export const COMMITTEES_PATH = 'congress-legislators/committees-current.yaml';

/** Every sample file: its path under SAMPLES_DIR and its text. */
export function sampleFiles(): { path: string; text: string }[] {
  return [
    ...BILL_SAMPLES.map((b) => ({ path: b.path, text: billStatusXml(b) })),
    { path: LEGISLATORS_PATH, text: legislatorsYaml() },
    { path: COMMITTEES_PATH, text: committeesYaml() },
    ...OCD_SAMPLES.map((p) => ({ path: p.path, text: ocdPersonYaml(p) })),
    { path: CSV_PATH, text: councilCsv() },
    { path: 'README.md', text: samplesReadme() },
  ].sort((a, b) => a.path.localeCompare(b.path));
}

export { BILL_SAMPLES, LAYOUT_SAMPLES, OLDER_VERSION_SAMPLE, STATUS_SAMPLES } from './billstatus/bills';
export type { BillSample, ExpectedStatus } from './billstatus/spec';
export { CSV_MEASURES, CSV_PATH } from './council-csv';
export { OCD_SAMPLES, SAMPLE_CITY } from './open-civic-data';
export { SAMPLE_TERMS } from './congress-legislators';
export * from './people';
