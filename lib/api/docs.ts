// The API reference page (/api/docs): Swagger UI (swagger-ui-dist, pinned) rendering /api/v1/openapi.json, its
// files served from our own origin (/api/docs/assets/...) so it runs under the site's Content-Security-Policy
// (script-src 'self'; docs/decisions/025-content-security-policy.md) with no script inline and nothing fetched
// from elsewhere (validatorUrl off: Swagger UI would otherwise load a badge from another host).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const DOCS_ASSETS: Record<string, { file?: string; type: string; body?: string }> = {
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  // Swagger UI's own colours and structure fail axe (contrast of the method badges and buttons, an unlabelled server
  // select, a second h1): darker colours, and the parts our header already says (title, servers) hidden.
  'overrides.css': {
    type: 'text/css; charset=utf-8',
    body: `.swagger-ui .information-container, .swagger-ui .scheme-container { display: none; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1d5f99; color: #fff; }
.swagger-ui .opblock.opblock-get { border-color: #1d5f99; }
.swagger-ui .btn.authorize, .swagger-ui .btn.authorize span { color: #17663f; border-color: #17663f; }
.swagger-ui .btn.authorize svg { fill: #17663f; }
.swagger-ui a, .swagger-ui .url { color: #1d5f99; }
.swagger-ui .json-schema-2020-12-expand-deep-button { color: #4a4a4a; }
.swagger-ui .parameter__in, .swagger-ui .parameter__type { color: #4a4a4a; }
.swagger-ui .highlight-code > .microlight, .swagger-ui pre.microlight { max-height: none !important; overflow: visible !important; white-space: pre-wrap; word-break: break-word; color: #f5f5f5; }
.swagger-ui .opblock-tag small, .swagger-ui .opblock-description-wrapper p, .swagger-ui .response-col_description { color: #333; }
`,
  },
  'init.js': {
    type: 'text/javascript; charset=utf-8',
    body: `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    // Deep links put a link inside each operation's toggle button (axe: nested-interactive).
    deepLinking: false,
    validatorUrl: null,
    // Plain examples: the highlighter's colours fail contrast on its dark background.
    syntaxHighlight: false,
    tryItOutEnabled: false,
  });
});
`,
  },
};

export async function docsAsset(name: string): Promise<{ body: string; type: string } | null> {
  const asset = Object.hasOwn(DOCS_ASSETS, name) ? DOCS_ASSETS[name] : undefined;
  if (!asset) return null;
  if (asset.body) return { body: asset.body, type: asset.type };
  const file = path.join(process.cwd(), 'node_modules', 'swagger-ui-dist', asset.file!);
  return { body: await readFile(file, 'utf8'), type: asset.type };
}

const problems = [
  [
    400,
    'A parameter is not valid (unknown, repeated, of the wrong form, or a cursor of another list); `errors` names each.',
  ],
  [404, 'No record has that address.'],
  [429, 'Too many requests in this minute: wait the seconds of Retry-After. An API key raises the limit.'],
  [500, 'The server failed; the error was logged.'],
] as const;

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Resolution Tracker</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/assets/overrides.css">
</head>
<body>
<header style="padding:1rem 1.25rem;font-family:system-ui,sans-serif">
<p><a href="/">Resolution Tracker</a> · <a href="/api/v1/openapi.json">OpenAPI document (JSON)</a> · <a href="/data">Bulk data</a></p>
<h1 style="font-size:1.6rem;margin:.5rem 0">Resolution Tracker API reference</h1>
<p>Read-only JSON under <code>/api/v1</code>. Send an API key from your account page as <code>Authorization: Bearer &lt;key&gt;</code> for a higher rate limit.</p>
<h2 style="font-size:1.3rem;margin:1rem 0 0">Endpoints</h2>
</header>
<div id="swagger-ui"><p style="padding:0 1.25rem;font-family:system-ui,sans-serif">The interactive reference needs JavaScript; the <a href="/api/v1/openapi.json">OpenAPI document</a> has the same.</p></div>
<footer style="padding:1rem 1.25rem;font-family:system-ui,sans-serif">
<h2 style="font-size:1.2rem">Problem types</h2>
<dl>
${problems.map(([status, text]) => `<dt id="problem-${status}">${status}</dt><dd>${text}</dd>`).join('\n')}
</dl>
</footer>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script>
</body>
</html>
`;
