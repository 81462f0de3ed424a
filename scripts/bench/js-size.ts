// JavaScript a page ships: every <script src> of its HTML and every script a cached page adds after its first paint
// (lib/cache/boot-after-paint.cjs), fetched and gzipped, plus inline scripts (the RSC payload Next streams into the
// page). The yardstick is an empty page of the same Next.js and React: a one-page app built
// beside the project from the project's own node_modules, so the ratio says what our pages add.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { findFreePort } from './server';

const { bootSources } = createRequire(import.meta.url)('../../lib/cache/boot-after-paint.cjs') as {
  bootSources: (html: string) => string[];
};

export type PageJs = {
  path: string;
  scripts: number;
  scriptBytesGzip: number;
  inlineBytesGzip: number;
  totalBytesGzip: number;
};

const gz = (text: string | Uint8Array) => gzipSync(text).length;

export async function measurePageJs(baseUrl: string, pagePath: string): Promise<PageJs> {
  const response = await fetch(`${baseUrl}${pagePath}`);
  if (!response.ok) throw new Error(`${pagePath}: HTTP ${response.status}`);
  const html = await response.text();
  const sources = [
    ...new Set([
      ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
      ...bootSources(html),
    ]),
  ];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('\n');
  let scriptBytesGzip = 0;
  for (const source of sources) {
    const script = await fetch(new URL(source, baseUrl));
    if (!script.ok) throw new Error(`${source}: HTTP ${script.status}`);
    scriptBytesGzip += gz(new Uint8Array(await script.arrayBuffer()));
  }
  const inlineBytesGzip = inline ? gz(inline) : 0;
  return {
    path: pagePath,
    scripts: sources.length,
    scriptBytesGzip,
    inlineBytesGzip,
    totalBytesGzip: scriptBytesGzip + inlineBytesGzip,
  };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** How the empty page is named in the bench's tables. */
export const EMPTY_PAGE = 'empty Next.js page';

/**
 * Builds a Next.js app with one empty page, serves it, runs `work` with its base URL, and removes it: the yardstick of
 * what the framework alone costs (its JavaScript; its Lighthouse score on this machine).
 */
export async function withEmptyNextApp<T>(repoRoot: string, work: (baseUrl: string) => Promise<T>): Promise<T> {
  // A project of its own outside the repository (so nothing of ours is picked up), with the project's exact
  // node_modules hard-linked in (Turbopack does not follow a symlinked node_modules out of the project).
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rt-empty-next-'));
  try {
    await mkdir(path.join(dir, 'app'));
    await run('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules')], dir);
    await writeFile(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
    await writeFile(path.join(dir, 'next.config.mjs'), 'export default {};\n');
    await writeFile(
      path.join(dir, 'app/layout.jsx'),
      'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
    );
    await writeFile(
      path.join(dir, 'app/page.jsx'),
      'export default function Page() { return <main><h1>Empty</h1></main>; }\n',
    );
    const next = path.join(dir, 'node_modules/next/dist/bin/next');
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    delete env.DATABASE_URL;
    await run(process.execPath, [next, 'build'], dir, env);
    const port = await findFreePort();
    const server = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: dir,
      env,
      stdio: 'ignore',
    });
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      for (let attempt = 0; attempt < 120; attempt += 1) {
        if (
          await fetch(baseUrl).then(
            (r) => r.ok,
            () => false,
          )
        )
          return await work(baseUrl);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error('the empty Next.js app did not start');
    } finally {
      server.kill('SIGTERM');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
