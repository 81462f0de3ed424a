// A new admin page or route handler cannot escape the authorization matrix: it must be listed with its permission.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPermission } from '@/lib/auth/permissions';
import { protectedPages, protectedRoutes, publicRoutes } from '@/lib/auth/protected-pages';
import { repoRoot } from '@/lib/db/paths';

function files(dir: string, name: string): string[] {
  const full = path.join(repoRoot, dir);
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name), name) : entry.name === name ? [dir] : [],
  );
}

/** app/(admin)/admin/measures/[id] → /admin/measures/[id] */
const routeOf = (dir: string) =>
  '/' +
  dir
    .split(path.sep)
    .slice(1)
    .filter((part) => !/^\(.*\)$/.test(part))
    .join('/');

/** Whether a listed path (with sample values) matches the route's pattern. */
const matches = (route: string, listed: string) =>
  new RegExp(`^${route.replace(/\[\.\.\.[^\]]+\]/g, '.+').replace(/\[[^\]]+\]/g, '[^/]+')}$`).test(listed);

describe('protected pages and routes', () => {
  it('lists every admin and account page with a permission from the map', () => {
    const pages = [...files('app/(admin)', 'page.tsx'), ...files('app/(auth)/account', 'page.tsx')].map(routeOf);
    expect(pages).toContain('/admin/users');
    for (const page of pages) {
      expect(
        Object.keys(protectedPages).some((listed) => matches(page, listed)),
        `${page} is missing from protectedPages`,
      ).toBe(true);
    }
    for (const permission of Object.values(protectedPages)) expect(isPermission(permission)).toBe(true);
  });

  it('lists every route handler as protected or public', () => {
    for (const route of files('app/api', 'route.ts').map(routeOf)) {
      const listed = route in publicRoutes || protectedRoutes.some((entry) => matches(route, entry.path));
      expect(listed, `${route} is in neither protectedRoutes nor publicRoutes`).toBe(true);
    }
  });
});
