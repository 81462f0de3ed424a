import Link from '@/components/ui/link';
import { AccountMenu } from '@/components/layout/account-menu';
import { HeaderSearch } from '@/components/search/header-search';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link className="brand" href="/">
          Resolution Tracker
        </Link>
        <HeaderSearch />
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href="/measures">Measures</Link>
            </li>
            <li>
              <Link href="/about">About</Link>
            </li>
            <AccountMenu />
          </ul>
        </nav>
      </div>
    </header>
  );
}
