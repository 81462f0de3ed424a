import { z } from 'zod';
import { dashboardColumnIds } from './columns';

/** "Mark as seen" names the moment the page was shown, so changes that arrive after it stay new. */
export const markSeenSchema = z.object({
  seenAt: z.iso.datetime({ error: 'The page is out of date; reload it and try again.' }),
});

/** One checkbox per column ("col.title" = "on"); at least one must stay. */
export const columnsSchema = z
  .object(Object.fromEntries(dashboardColumnIds.map((id) => [`col.${id}`, z.string().optional()])))
  .transform((value) => dashboardColumnIds.filter((id) => value[`col.${id}`] === 'on'))
  .refine((columns) => columns.length > 0, { message: 'Choose at least one column to show.', path: ['_form'] });
