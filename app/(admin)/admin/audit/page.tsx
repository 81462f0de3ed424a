import type { Metadata } from 'next';
import { AuditFiltersForm, AuditTable } from '@/components/admin/audit-log';
import { requirePermission } from '@/lib/auth/session';
import { findChangeEvents, listAuditActors, parseAuditFilters } from '@/lib/changes/audit-queries';
import { db } from '@/lib/db';
import '../measures/editor.css';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  await requirePermission('audit.read', '/admin/audit');
  const filters = parseAuditFilters(await searchParams);
  const [{ entries, hasNext }, users] = await Promise.all([findChangeEvents(db, filters), listAuditActors(db)]);
  return (
    <>
      <h1>Audit log</h1>
      <p>
        Every write of the site, who made it and what it changed. Filters are kept in the address, so a filtered view
        can be shared.
      </p>
      <AuditFiltersForm filters={filters} users={users} />
      <AuditTable entries={entries} filters={filters} hasNext={hasNext} />
    </>
  );
}
