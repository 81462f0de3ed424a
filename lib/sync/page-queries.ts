import 'server-only';
// The measure page's sync facts, cached like the page and tagged with the measure (a sync that changes it
// revalidates them): where it was last checked, and its meetings. A measure kept by a source is re-read every few
// minutes at most, so "last checked" follows the source's runs even when nothing changed.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { lastChecked } from './queries';

export async function getMeasureSyncFacts(measureId: number) {
  'use cache';
  cacheTag(tags.measure(measureId));
  const checked = await lastChecked(db, measureId);
  if (checked) cacheLife('minutes');
  else cacheLife('days');
  return { checked };
}
