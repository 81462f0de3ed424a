import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Resolution Tracker', template: '%s · Resolution Tracker' },
  description:
    'Follow legislative measures across every kind of body, from a city council to the U.S. House: status, sponsors, whom each measure calls upon, and how measures relate across jurisdictions.',
};

// The shared layout reads no cookies or headers: public pages stay cached (docs/decisions/022-caching.md).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
