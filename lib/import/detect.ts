// Which importer reads a file: by its extension, then by what it holds (a YAML list of legislators and a YAML list
// of committees share an extension, as do an OCD person and any other YAML).
import { ImportError } from './errors';
import type { ImportFormat, SourceFile } from './types';

export function detectFormat(file: SourceFile): ImportFormat {
  const name = file.name.toLowerCase();
  const head = file.text.slice(0, 4000);
  if (name.endsWith('.xml')) return 'billstatus';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) {
    if (/^id:\s*ocd-person\//m.test(head)) return 'ocd-person';
    if (/^- type:\s*(house|senate|joint)\b/m.test(head) || /^\s+thomas_id:/m.test(head)) return 'committees';
    if (/^- id:\s*$/m.test(head) || /^\s+bioguide:/m.test(head)) return 'legislators';
    throw new ImportError(
      file.name,
      'line 1',
      'this YAML is not a congress-legislators file (legislators or committees) nor an Open Civic Data person',
    );
  }
  throw new ImportError(
    file.name,
    null,
    'unknown kind of file: import Bill Status .xml, congress-legislators or OCD person .yaml/.yml, or .csv',
  );
}
