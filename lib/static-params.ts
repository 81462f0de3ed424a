/**
 * With Cache Components a dynamic route must prerender at least one param. On an empty database there is none,
 * so a placeholder that answers 404 stands in; every real slug is still rendered on first visit and cached.
 */
export function withPlaceholder(slugs: string[]): { slug: string }[] {
  return slugs.length > 0 ? slugs.map((slug) => ({ slug })) : [{ slug: '-' }];
}
