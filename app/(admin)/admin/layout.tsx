import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

// No permission check here: layouts are not re-rendered on client navigation, so each page checks its own
// permission (lib/auth/protected-pages.ts lists them; the authorization matrix visits them as every role).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="admin">
      <nav aria-label="Administration" style={{ margin: '0.5rem 0 1rem' }}>
        <ul className="site-nav" style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0 }}>
          <li>
            <Link href="/admin">Administration</Link>
          </li>
          <li>
            <Link href="/admin/users">Users</Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
