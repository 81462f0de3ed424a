import Link from '@/components/ui/link';
import { formatCount } from '@/lib/format';

/** Under a bounded table of measures: how many of how many it shows, and the complete list when there are more. */
export function SeeAllMeasures({
  shown,
  total,
  href,
  label,
}: {
  shown: number;
  total: number;
  href: string;
  label: string;
}) {
  if (total <= shown) return null;
  return (
    <p>
      The {shown} most recent of {formatCount(total)}. <Link href={href}>{label}</Link>
    </p>
  );
}
