import type { ActionState } from '@/lib/actions/safe-action';

/** The form's overall message: an alert when refused, a status when done. */
export function FormStatus({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return state.ok === false ? (
    <p role="alert" className="notice" style={{ borderLeftColor: 'var(--bad)' }}>
      {state.message}
    </p>
  ) : (
    <p role="status" className="notice" style={{ borderLeftColor: 'var(--ok)' }}>
      {state.message}
    </p>
  );
}
