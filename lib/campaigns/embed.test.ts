import { describe, expect, it } from 'vitest';
import { badgeSvg, EMBED_CSP, escapeXml } from './embed';

describe('the badge', () => {
  it('is an SVG image with its text as title and label, escaped', () => {
    const svg = badgeSvg('H.Res. 240', 'Referred to <committee> & "more"', 'pending');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>H.Res. 240: Referred to &lt;committee&gt; &amp; &quot;more&quot;</title>');
    expect(svg).not.toMatch(/<committee>/);
    expect(svg).toContain('fill="#1d4ed8"');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThan(6 * 'H.Res. 240Referred to <committee> & "more"'.length);
  });

  it('escapes what could break out of an attribute or element', () => {
    expect(escapeXml(`<script>alert('x')</script>`)).toBe('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });

  it('lets the embed be framed anywhere but runs no script', () => {
    expect(EMBED_CSP).toContain('frame-ancestors *');
    expect(EMBED_CSP).toContain("default-src 'none'");
    expect(EMBED_CSP).not.toContain('script-src');
  });
});
