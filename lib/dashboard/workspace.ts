import 'server-only';
import { db } from '@/lib/db';

/** The measure's heading on the member workspace page (dynamic, never cached with private data). */
export async function getWorkspaceMeasure(slug: string) {
  return db.measure.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      type: true,
      stage: true,
      outcome: true,
      overrideStage: true,
      overrideOutcome: true,
      originBody: { select: { name: true } },
    },
  });
}
