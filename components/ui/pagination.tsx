import Link from '@/components/ui/link';

type Props = { page: number; pageCount: number; href: (page: number) => string };

export function Pagination({ page, pageCount, href }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
