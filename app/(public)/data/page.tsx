import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import Link from '@/components/ui/link';
import { KEEP_DAYS, listDumps } from '@/lib/dumps/dump';

export const metadata: Metadata = {
  title: 'Bulk data',
  description: 'Nightly downloads of every public table of Resolution Tracker, as JSON Lines and CSV.',
  alternates: { canonical: '/data' },
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function Dumps() {
  await connection(); // the dumps on disk are read at request time
  const dumps = await listDumps();
  if (dumps.length === 0) return <p className="muted">No dump has been written yet: the first comes at 03:00 UTC.</p>;
  return dumps.map((dump) => (
    <section key={dump.name} aria-labelledby={`dump-${dump.name}`}>
      <h2 id={`dump-${dump.name}`}>{dump.name}</h2>
      <p>
        Written {dump.createdAt.replace('T', ' ').slice(0, 16)} UTC, schema <code>{dump.schemaVersion}</code>,{' '}
        {size(dump.bytes)} in all. <a href={`/data/${dump.name}/manifest.json`}>manifest.json</a> (counts and SHA-256
        checksums)
      </p>
      <table>
        <caption className="visually-hidden">Files of the dump of {dump.name}</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Rows</th>
            <th scope="col">Size</th>
          </tr>
        </thead>
        <tbody>
          {dump.files.map((file) => (
            <tr key={file.name}>
              <td>
                <a href={`/data/${dump.name}/${file.name}`}>{file.name}</a>
              </td>
              <td>{file.rows.toLocaleString('en-US')}</td>
              <td>{size(file.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  ));
}

export default function DataPage() {
  return (
    <article>
      <h1>Bulk data</h1>
      <p className="lede">
        Every public table, written each night at 03:00 UTC as gzip-compressed JSON Lines and CSV, with a manifest of
        row counts, checksums and the schema version. Dumps are kept {KEEP_DAYS} days. Private data (accounts,
        positions, notes, saved searches, follows, API keys) is never included.
      </p>
      <p>
        For single records and filtered lists, use the <Link href="/api/docs">API</Link>.
      </p>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Dumps />
      </Suspense>
    </article>
  );
}
