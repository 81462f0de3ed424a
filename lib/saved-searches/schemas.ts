import { z } from 'zod';

export const MAX_SAVED_SEARCHES = 100;

/** A saved search: its name and the search's query string as /search reads it ("q=armenia&type=resolution"). */
export const saveSearchSchema = z.object({
  name: z.string().trim().min(1, 'Give the search a name.').max(80, 'Keep the name under 80 characters.'),
  query: z.string().max(2000, 'This search is too long to save.'),
});

export const deleteSavedSearchSchema = z.object({
  id: z.coerce.number({ message: 'Which saved search?' }).int().positive('Which saved search?'),
});

export type SaveSearchInput = z.output<typeof saveSearchSchema>;
