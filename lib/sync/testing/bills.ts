// Bill Status files for the sync's journey and benchmark, made from the project's own sample H.Res. 9003 (118th
// Congress): renumbered, retitled, and in two versions (before and after the House agreed to it).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLES_DIR } from '@/lib/import/samples';

let template: string | undefined;

function sample(): string {
  template ??= readFileSync(path.join(SAMPLES_DIR, 'billstatus', 'BILLSTATUS-118hres9003.xml'), 'utf8');
  return template;
}

export type BillVersion = 'referred' | 'agreed';

/** H.Res. <number> of the 118th Congress; "referred" lacks the floor actions of 2023-06-15 (and is older). */
export function billStatusXml(number: number | string, options: { title?: string; version?: BillVersion } = {}) {
  const version = options.version ?? 'agreed';
  let xml = sample()
    .replace('<billNumber>9003</billNumber>', `<billNumber>${number}</billNumber>`)
    .replace(
      /(<bill>[\s\S]*?)<title>[^<]*<\/title>/,
      `$1<title>${options.title ?? `Synced resolution ${number}`}</title>`,
    );
  if (version === 'referred') {
    xml = xml
      .replace(
        /\s*<item>\s*<actionCode>[^<]*<\/actionCode>\s*<actionDate>2023-06-15<\/actionDate>[\s\S]*?<\/item>/g,
        '',
      )
      .replace(
        '<updateDate>2023-06-20T10:00:00Z</updateDate>\n  </bill>',
        '<updateDate>2023-06-02T10:00:00Z</updateDate>\n  </bill>',
      );
  }
  return xml;
}

export function billFileName(number: number | string): string {
  return `BILLSTATUS-118hres${number}.xml`;
}
