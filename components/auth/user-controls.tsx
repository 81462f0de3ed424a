'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeUserRole, setUserActive } from '@/lib/users/actions';
import { FormMessage } from '@/components/ui/form-message';

type Props = { user: { id: string; email: string; role: Role; active: boolean } };

export function UserControls({ user }: Props) {
  const [roleState, roleAction, rolePending] = useActionState(changeUserRole, {} as ActionState);
  const [activeState, activeAction, activePending] = useActionState(setUserActive, {} as ActionState);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
      <form action={roleAction} aria-label={`Role of ${user.email}`}>
        <input type="hidden" name="userId" value={user.id} />
        <label>
          <span className="visually-hidden">Role of {user.email}</span>
          <select name="role" defaultValue={user.role} className="button">
            <option value="member">member</option>
            <option value="editor">editor</option>
            <option value="admin">admin</option>
          </select>
        </label>{' '}
        <button type="submit" className="button" disabled={rolePending}>
          Change role
        </button>
      </form>
      <form action={activeAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
        <button
          type="submit"
          className="button"
          disabled={activePending}
          aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.email}`}
        >
          {user.active ? 'Deactivate' : 'Reactivate'}
        </button>
      </form>
      <FormMessage state={roleState} />
      <FormMessage state={activeState} />
    </div>
  );
}
