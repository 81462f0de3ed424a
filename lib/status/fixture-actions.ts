// Test helper: the actions of the Bill Status XML samples in ../shared/fixtures (real Congress.gov data).
// Only tests import this (see lib/test/shared-fixtures.ts for where the files are found).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturePath } from '@/lib/test/shared-fixtures';

export const BILLSTATUS_DIR = fixturePath('billstatus');

export type FixtureAction = { date: string; code: string | null; text: string; source: string | null };

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The <actions> items of one file, oldest first (the files list them newest first). Nested items are skipped. */
export function readFixtureActions(file: string): FixtureAction[] {
  const xml = readFileSync(path.join(BILLSTATUS_DIR, file), 'utf8');
  const section = xml.slice(xml.indexOf('<actions>'), xml.indexOf('</actions>'));
  const actions: FixtureAction[] = [];
  const stack: Array<Partial<FixtureAction> & { depth: number }> = [];
  const token = /<(\/?)item>|<(actionDate|actionCode|text)>([^<]*)<\/\2>|<sourceSystem>[\s\S]*?<name>([^<]*)<\/name>/g;
  for (const m of section.matchAll(token)) {
    if (m[0] === '<item>') stack.push({ depth: stack.length });
    else if (m[0] === '</item>') {
      const item = stack.pop();
      if (item?.depth === 0 && item.date && item.text) {
        actions.push({
          date: item.date,
          code: item.code ?? null,
          text: unescape(item.text),
          source: item.source ?? null,
        });
      }
    } else {
      const top = stack.at(-1);
      if (!top) continue;
      if (m[2] === 'actionDate') top.date = m[3];
      else if (m[2] === 'actionCode') top.code = m[3];
      else if (m[2] === 'text') top.text = m[3];
      else if (m[4] !== undefined) top.source = m[4];
    }
  }
  return actions.reverse();
}

export function fixtureFiles(): string[] {
  return readdirSync(BILLSTATUS_DIR).filter((f) => f.endsWith('.xml'));
}
