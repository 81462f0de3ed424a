import Link from '@/components/ui/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>
          Resolution Tracker follows measures across jurisdictions. Every fact shown carries its source.{' '}
          <Link href="/about">About the data</Link>
        </p>
      </div>
    </footer>
  );
}
