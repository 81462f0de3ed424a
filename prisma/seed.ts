// The seed: the founding case of ../shared/DESIGN.md, written as any other write is (change events, actor "seed"),
// matched by natural keys so that running it again changes nothing. `tsx prisma/seed.ts` seeds DATABASE_URL.

import { pathToFileURL } from 'node:url';
import { scriptConfig } from '@/lib/config/env';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { recomputeMeasureStatus } from '@/lib/measures/recompute-status';
import { bodies, campaigns, jurisdictions, measures, relations, sessions, sources } from './seed/founding-case';
import { upsertCampaign } from './seed/upsert-campaigns';
import { emptyReport, type SyncContext, type SyncReport } from '@/lib/write/sync';
import { upsertBodies, upsertJurisdictions, upsertSessions, type IdsBySlug } from './seed/upsert-organisations';
import { upsertMeasure, upsertRelation } from './seed/upsert-measures';
import { upsertPeople } from './seed/upsert-people';
import { upsertSources } from './seed/upsert-sources';

/** What a seed wrote: the one write path's report (lib/write/sync.ts). */
export type SeedReport = SyncReport;

export const SEED_ACTOR = 'seed';

export async function seed(db: DbClient, opts: { log?: (line: string) => void } = {}): Promise<SyncReport> {
  const report = emptyReport();
  const log = opts.log ?? (() => {});
  // One transaction: a failed seed leaves nothing half-written.
  await db.$transaction(
    async (tx) => {
      const ctx: SyncContext = { tx, report, actorLabel: SEED_ACTOR, log };
      const jurisdictionIds = await upsertJurisdictions(ctx, jurisdictions);
      const bodyIds = await upsertBodies(ctx, bodies, jurisdictionIds);
      const sessionIds = await upsertSessions(ctx, sessions, bodyIds);
      const sourceIds = await upsertSources(ctx, sources);
      const peopleIds = await upsertPeople(ctx, { bodies: bodyIds, sources: sourceIds, sessions: sessionIds });

      const refs = {
        jurisdictions: jurisdictionIds,
        bodies: bodyIds,
        sessions: sessionIds,
        people: peopleIds,
        sources: sourceIds,
      };
      const measureIds: IdsBySlug = new Map();
      for (const measure of measures) measureIds.set(measure.slug, await upsertMeasure(ctx, measure, refs));
      for (const relation of relations) await upsertRelation(ctx, relation, measureIds);
      for (const campaign of campaigns) await upsertCampaign(ctx, campaign, measureIds);

      for (const [slug, measureId] of measureIds) {
        const eventsBefore = await tx.changeEvent.count({
          where: { entityType: 'measure', entityId: String(measureId) },
        });
        const status = await recomputeMeasureStatus(tx, measureId, { actor: { actorLabel: SEED_ACTOR } });
        const eventsAfter = await tx.changeEvent.count({
          where: { entityType: 'measure', entityId: String(measureId) },
        });
        if (eventsAfter > eventsBefore) {
          report.updated.measure = (report.updated.measure ?? 0) + 1;
          report.changeEvents += eventsAfter - eventsBefore;
          log(`status of ${slug}: ${status.stage}, ${status.outcome}`);
        }
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return report;
}

export function describeReport(report: SyncReport): string {
  const counts = (byType: SyncReport['created']) =>
    Object.entries(byType)
      .map(([type, n]) => `${n} ${type}`)
      .join(', ') || 'nothing';
  return [
    `created: ${counts(report.created)}`,
    `updated: ${counts(report.updated)}`,
    `unchanged: ${report.unchanged} rows`,
    `change events recorded: ${report.changeEvents}`,
  ].join('\n');
}

async function main() {
  const url = scriptConfig({ requireDatabase: true }).databaseUrl!;
  const db = createDbClient(url, 2);
  try {
    const report = await seed(db, { log: (line) => console.log(line) });
    console.log(describeReport(report));
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
