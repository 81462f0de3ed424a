'use client';
import Link from '@/components/ui/link';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { deleteSavedSearchAction } from '@/lib/saved-searches/actions';

type Item = { id: number; name: string; href: string; createdAt: string };

function DeleteButton({ item }: { item: Item }) {
  const [state, action] = useActionState(deleteSavedSearchAction, {} as ActionState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={item.id} />
      <FormSubmit label={`Delete “${item.name}”`} pendingLabel="Deleting…" variant="plain" />
      <FormMessage state={state} labels={{}} />
    </form>
  );
}

/** A member's saved searches: each runs the search again, or can be deleted. */
export function SavedSearchList({ items }: { items: Item[] }) {
  if (items.length === 0) {
    return (
      <p>
        No saved searches yet. <Link href="/search">Search</Link>, then save the search from the results page.
      </p>
    );
  }
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={item.href}>{item.name}</Link> <span className="muted">saved {item.createdAt}</span>{' '}
          <DeleteButton item={item} />
        </li>
      ))}
    </ul>
  );
}
