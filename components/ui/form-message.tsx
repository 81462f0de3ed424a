// The message of a submitted form: success (a polite status) or refusal (an alert). When the save was refused
// because someone else saved first, the current values are listed so the editor can compare before reloading.
import type { ActionState } from '@/lib/actions/safe-action';

const CURRENT = 'current.';

// Names for the current values a refused save is shown, whichever form of the page refused it.
const CURRENT_LABELS: Record<string, string> = {
  version: 'Version',
  savedBy: 'Last saved by',
  savedAt: 'Last saved at',
  identifier: 'Identifier',
  type: 'Type',
  title: 'Title',
  summary: 'Summary',
  textUrl: 'Link to the text',
  originBody: 'Body',
  session: 'Session',
  introducedOn: 'Date introduced',
  subjects: 'Subjects',
};

export function FormMessage({ state, labels = {} }: { state: ActionState; labels?: Record<string, string> }) {
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
                <dt>
                  {CURRENT_LABELS[key.slice(CURRENT.length)] ??
                    labels[key.slice(CURRENT.length)] ??
                    key.slice(CURRENT.length)}
                </dt>
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
