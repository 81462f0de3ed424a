import type { Metadata } from 'next';
import { AddSourceForm, EditSourceForm, SourceControls } from '@/components/sync/source-forms';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { listSources, type SourceRow } from '@/lib/sync/queries';

export const metadata: Metadata = { title: 'Sources', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

const when = (date: Date | null | undefined) =>
  date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '—';

function Runs({ source }: { source: SourceRow }) {
  if (!source.runs.length) return <p>No run yet.</p>;
  return (
    <table className="data-table">
      <caption>Recent runs of {source.name}</caption>
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Status</th>
          <th scope="col">Requests</th>
          <th scope="col">Fetched</th>
          <th scope="col">Created</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
          <th scope="col">Skipped</th>
          <th scope="col">Failed</th>
          <th scope="col">Errors</th>
        </tr>
      </thead>
      <tbody>
        {source.runs.map((run) => (
          <tr key={run.id}>
            <td>{when(run.startedAt)}</td>
            <td>
              {run.status}
              {run.trigger !== 'schedule' ? ` (${run.trigger})` : ''}
            </td>
            <td>{run.requests}</td>
            <td>{run.fetched}</td>
            <td>{run.created}</td>
            <td>{run.updated}</td>
            <td>{run.unchanged}</td>
            <td>{run.skipped}</td>
            <td>{run.failed}</td>
            <td>
              {run.errors.length ? (
                <ul className="run-errors">
                  {run.errors.map((e) => (
                    <li key={e.id}>
                      <strong>{e.url ? <a href={e.url}>{e.itemKey}</a> : e.itemKey}</strong>: {e.message}
                    </li>
                  ))}
                  {run._count.errors > run.errors.length ? (
                    <li>and {run._count.errors - run.errors.length} more</li>
                  ) : null}
                </ul>
              ) : (
                'none'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function SourcesPage() {
  await requirePermission('sync.manage', '/admin/sources');
  const sources = await listSources(db);
  return (
    <>
      <h1>Sources</h1>
      <p>
        Official sources read on a schedule: what changed there is imported here (as &ldquo;sync: &lt;name&gt;&rdquo;),
        and followers are told. The same runs from a shell: <code>npm run sync -- --source &lt;id&gt; --once</code>.
      </p>
      {sources.length === 0 ? <p>No source yet.</p> : null}
      {sources.map((source) => (
        <section key={source.id} aria-labelledby={`source-${source.id}`} className="sync-source">
          <h2 id={`source-${source.id}`}>
            {source.name}{' '}
            <span className="muted">
              ({source.kind}, {source.jurisdiction})
            </span>
          </h2>
          <dl className="facts">
            <dt>State</dt>
            <dd>{source.paused ? 'paused' : source.lockedBy ? 'running' : 'scheduled'}</dd>
            <dt>Schedule</dt>
            <dd>
              <code>{source.schedule}</code> (UTC)
            </dd>
            <dt>Last run</dt>
            <dd>{when(source.lastRunAt)}</dd>
            <dt>Next run</dt>
            <dd>{source.paused ? 'paused' : when(source.nextRunAt)}</dd>
            <dt>Items tracked</dt>
            <dd>{source._count.items}</dd>
            <dt>Id</dt>
            <dd>{source.id}</dd>
          </dl>
          <SourceControls id={source.id} name={source.name} paused={source.paused} />
          <Runs source={source} />
          <details>
            <summary>Edit the settings of {source.name}</summary>
            <EditSourceForm
              id={source.id}
              name={source.name}
              schedule={source.schedule}
              settings={JSON.stringify(source.settings, null, 2)}
            />
          </details>
        </section>
      ))}
      <section aria-labelledby="add-source">
        <h2 id="add-source">Add a source</h2>
        <AddSourceForm />
      </section>
    </>
  );
}
