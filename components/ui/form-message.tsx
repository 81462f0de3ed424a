// The message of a submitted form: success (a polite status) or refusal (an alert). When the save was refused
// because someone else saved first, the current values are listed so the editor can compare before reloading.
import type { ActionState } from '@/lib/actions/safe-action';

const CURRENT = 'current.';

export function FormMessage({ state, labels }: { state: ActionState; labels: Record<string, string> }) {
  if (!state.message) return null;
  if (state.ok) {
    return (
      <p role="status" className="form-message form-message-ok">
        {state.message}
      </p>
    );
  }
  const current = Object.entries(state.values ?? {}).filter(([key]) => key.startsWith(CURRENT));
  return (
    <div role="alert" className="form-message form-message-error">
      <p>{state.message}</p>
      {state.status === 409 && current.length ? (
        <>
          <p>The current version:</p>
          <dl className="meta-list">
            {current.map(([key, value]) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt>{labels[key.slice(CURRENT.length)] ?? key.slice(CURRENT.length)}</dt>
                <dd>{value || '—'}</dd>
              </div>
            ))}
          </dl>
          <p>
            <a href="">Reload the page to edit the current version</a>
          </p>
        </>
      ) : null}
    </div>
  );
}
