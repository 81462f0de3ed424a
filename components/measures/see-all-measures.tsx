import Link from 'next/link';

/** Under a bounded table of measures: how many of how many it shows, and the complete list when there are more. */
export function SeeAllMeasures({ shown, total, href, label }: { shown: number; total: number; href: string; label: string }) {
  if (total <= shown) return null;
  return (
    <p>
      The {shown} most recent of {total.toLocaleString('en-US')}. <Link href={href}>{label}</Link>
    </p>
  );
}
