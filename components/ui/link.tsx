'use client';
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

type Props = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches on intent (pointer over, focus or touch) instead of on entering the viewport. Our
 * pages are lists of links (30 cosponsors, 20 results, a timeline): viewport prefetching fetched and processed a
 * route payload per visible link while the page was still hydrating, which showed up as blocking time on a slow
 * phone and as extra requests on the server. Navigation stays client-side and a hovered link is still ready on
 * click; `prefetch={false}` turns even that off.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, href, ...props }: Props) {
  const router = useRouter();
  const target = typeof href === 'string' ? href : null;
  const onIntent = () => {
    if (prefetch !== false && target?.startsWith('/')) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onIntent();
        onTouchStart?.(event);
      }}
    />
  );
}
