import { formatDate } from '@/lib/format';

type Citation = {
  id: number;
  note: string | null;
  source: {
    id: number;
    url: string | null;
    title: string;
    publisher: string | null;
    kind: string;
    publishedOn: Date | null;
  };
};

const kindLabels: Record<string, string> = {
  official_text: 'Official text',
  official_record: 'Official record',
  press_release: 'Press release',
  news: 'News',
  report: 'Report',
  data: 'Data',
  other: 'Other',
};

/** Sources of the facts shown. A source without an address is named by its publisher, never given a made-up URL. */
export function SourceList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return <p className="muted">No sources recorded.</p>;
  return (
    <ul className="plain-list">
      {citations.map(({ id, note, source }) => (
        <li key={id}>
          {source.url ? <a href={source.url}>{source.title}</a> : <span>{source.title}</span>}
          {source.publisher ? <span className="muted"> · {source.publisher}</span> : null}
          {source.publishedOn ? <span className="muted"> · {formatDate(source.publishedOn)}</span> : null}{' '}
          <span className="tag">{kindLabels[source.kind] ?? source.kind}</span>
          {source.url ? null : <span className="muted"> (no web address)</span>}
          {note ? <div className="muted">{note}</div> : null}
        </li>
      ))}
    </ul>
  );
}
