// Sync sources as data: their kinds, the settings each kind takes (checked with zod, so the admin form and the
// command refuse a bad one naming the field), and the schedule (a cron expression read by croner, in UTC).
import { Cron } from 'croner';
import { z } from 'zod';
import { isActionClassification } from '@/lib/status/classifications';

export const SOURCE_KINDS = ['congress-bulk', 'congress-api', 'legistar'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const BILLSTATUS_TYPES = ['hr', 's', 'hjres', 'sjres', 'hconres', 'sconres', 'hres', 'sres'] as const;

const httpUrl = z
  .string()
  .trim()
  .url('a web address like https://www.govinfo.gov')
  .refine((u) => /^https?:\/\//.test(u), 'an http or https address');

export const congressSettingsSchema = z.object({
  /** Where the bulk data lives: https://www.govinfo.gov (tests: a local server). */
  baseUrl: httpUrl.default('https://www.govinfo.gov'),
  /** The Congresses to follow ("118", "119"); empty: every one the sitemap index lists. */
  congresses: z.array(z.string().regex(/^\d{2,3}$/, 'a Congress number like 119')).default([]),
  billTypes: z.array(z.enum(BILLSTATUS_TYPES)).default([...BILLSTATUS_TYPES]),
  /** Files fetched and imported at once (the per-host rate still applies). */
  concurrency: z.number().int().min(1, 'at least 1').max(8, 'at most 8').default(2),
  /** A full sitemap pass at most this often; runs in between read only the feed of batch updates (0: always the
   * full pass). */
  fullPassEveryHours: z
    .number()
    .min(0, '0 or more hours')
    .max(24 * 30, 'at most 720 hours')
    .default(24),
  /** The RSS feed of Bill Status batch updates; by default <baseUrl>/rss/billstatus-batch.xml. */
  feedUrl: httpUrl.optional(),
});
export type CongressSettings = z.output<typeof congressSettingsSchema>;

export const congressApiSettingsSchema = z.object({
  /** Congress.gov API v3 (tests: a local server). The key is CONGRESS_API_KEY, never stored here. */
  baseUrl: httpUrl.default('https://api.congress.gov/v3'),
  /** The Congresses to follow: each is listed by /bill/<congress> (at least one). */
  congresses: z
    .array(z.string().regex(/^\d{2,3}$/, 'a Congress number like 119'))
    .min(1, 'at least one Congress, like ["119"]')
    .default(['119']),
  billTypes: z.array(z.enum(BILLSTATUS_TYPES)).default([...BILLSTATUS_TYPES]),
  /** Bills updated since this date are read on the first run (ISO date); else since the Congress began. */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-03')
    .optional(),
});
export type CongressApiSettings = z.output<typeof congressApiSettingsSchema>;

export const legistarMappingSchema = z.object({
  /** Legistar MatterTypeName → our measure type. */
  matterTypes: z.record(z.string(), z.enum(['resolution', 'ordinance', 'motion', 'bill'])).default({}),
  /** Legistar MatterHistoryActionName → our action classifications (empty list: known, no classification). */
  actions: z
    .record(
      z.string(),
      z.array(
        z
          .string()
          .refine(isActionClassification, 'an action classification such as introduction, referral-committee, passage'),
      ),
    )
    .default({}),
});
export type LegistarMapping = z.output<typeof legistarMappingSchema>;

export const legistarSettingsSchema = z.object({
  baseUrl: httpUrl.default('https://webapi.legistar.com'),
  client: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/i, 'the Legistar client name, as in webapi.legistar.com/v1/<client>/ (e.g. chicago)'),
  /** Matters modified since this date are read on the first run (ISO date). */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2024-01-01')
    .optional(),
  /** The council's time zone: Legistar gives meeting times as local wall-clock times. */
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone like America/Chicago')
    .default('UTC'),
  /** The Legistar API token, for the few clients that need one. */
  token: z.string().optional(),
  mapping: legistarMappingSchema.default({ matterTypes: {}, actions: {} }),
});
export type LegistarSettings = z.output<typeof legistarSettingsSchema>;

export function settingsSchemaFor(kind: SourceKind) {
  return kind === 'congress-bulk'
    ? congressSettingsSchema
    : kind === 'congress-api'
      ? congressApiSettingsSchema
      : legistarSettingsSchema;
}

/** The settings as stored, or the reasons they are not valid (by field path). */
export function parseSettings(
  kind: SourceKind,
  value: unknown,
): { ok: true; settings: CongressSettings | CongressApiSettings | LegistarSettings } | { ok: false; errors: string[] } {
  const parsed = settingsSchemaFor(kind).safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)),
  };
}

/** Why the cron expression is not usable, or null. Five fields (minute precision), read in UTC. */
export function scheduleProblem(schedule: string): string | null {
  const fields = schedule.trim().split(/\s+/);
  if (fields.length !== 5) return 'five fields: minute hour day-of-month month day-of-week, e.g. "*/5 * * * *"';
  try {
    const next = new Cron(schedule, { timezone: 'UTC', paused: true }).nextRun();
    return next ? null : 'this schedule never runs';
  } catch (error) {
    return `not a cron expression: ${(error as Error).message}`;
  }
}

/** The next time the schedule fires after `after`. */
export function nextRunAfter(schedule: string, after = new Date()): Date | null {
  return new Cron(schedule, { timezone: 'UTC', paused: true }).nextRun(after);
}

/** The actor of every change a sync writes: notifications and the audit log name the source. */
export function syncActor(sourceName: string): string {
  return `sync: ${sourceName}`;
}
