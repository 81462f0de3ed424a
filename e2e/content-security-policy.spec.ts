// The Content-Security-Policy as decision 025 settles it (static header, scripts from this origin and inline, no
// eval, no plugins, no framing), and prerendered pages still hydrate under it: the header's account link is rendered
// by client JavaScript after load, and a header link navigates on the client, with no CSP violation reported.
import { expect, test } from '@playwright/test';

function directives(header: string | undefined): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

test('the policy allows scripts only from this origin and inline, never eval, plugins or framing', async ({
  request,
}) => {
  for (const path of ['/', '/measures', '/about']) {
    const policy = directives((await request.get(path)).headers()['content-security-policy']);
    expect(policy.get('script-src'), path).toBe("'self' 'unsafe-inline'");
    expect(policy.get('default-src'), path).toBe("'self'");
    expect(policy.get('object-src'), path).toBe("'none'");
    expect(policy.get('frame-ancestors'), path).toBe("'none'");
    expect(policy.get('base-uri'), path).toBe("'self'");
    expect(policy.get('connect-src'), path).toBe("'self'");
  }
});

test('a prerendered page hydrates under the policy: client-rendered controls work and nothing is blocked', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  await page.goto('/');
  // Rendered only by the account menu's effect, i.e. once React has hydrated the page.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  // A client-side navigation keeps the window: a full page load would lose the marker.
  await page.evaluate(() => ((window as unknown as { rtMarker: number }).rtMarker = 17));
  await page.getByRole('banner').getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about$/);
  expect(await page.evaluate(() => (window as unknown as { rtMarker?: number }).rtMarker)).toBe(17);
  expect(violations).toEqual([]);
});
