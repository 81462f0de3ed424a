// Copy-paste snippets for an advocacy site: the live status badge and the small iframe embed (lib/campaigns/embed.ts).
import { siteUrl } from '@/lib/site';

export function EmbedSnippets({ kind, slug, name }: { kind: 'measures' | 'campaigns'; slug: string; name: string }) {
  const site = siteUrl();
  const page = `${site}/${kind}/${slug}`;
  const badge = `<a href="${page}"><img src="${site}/badges/${kind}/${slug}.svg" alt="${name.replaceAll('"', '&quot;')}: live status"></a>`;
  const iframe = `<iframe src="${site}/embed/${kind}/${slug}" title="${name.replaceAll('"', '&quot;')}" width="400" height="${kind === 'campaigns' ? 300 : 160}" style="border:1px solid #ccc"></iframe>`;
  return (
    <details className="embed-snippets">
      <summary>Show this status on your website</summary>
      <p>A badge that links here:</p>
      <pre>
        <code>{badge}</code>
      </pre>
      <p>A small frame with the status:</p>
      <pre>
        <code>{iframe}</code>
      </pre>
    </details>
  );
}
