import type { UserRow } from '@/lib/users/queries';
import { UserControls } from './user-controls';

export function UserTable({ users, viewerId }: { users: UserRow[]; viewerId: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{users.length} users</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.email}
                {user.id === viewerId ? ' (you)' : ''}
              </th>
              <td>{user.name ?? ''}</td>
              <td>{user.role}</td>
              <td>{user.deactivatedAt ? 'deactivated' : 'active'}</td>
              <td>
                <UserControls user={{ id: user.id, email: user.email, role: user.role, active: !user.deactivatedAt }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
