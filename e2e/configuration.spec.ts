// Configuration is checked when the server starts (instrumentation.ts → lib/startup-check.ts, schema in
// lib/config/env.ts): a wrong variable stops the production server at once with the variable's name, before it
// serves anything.
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

async function startServer(
  change: (env: NodeJS.ProcessEnv) => void,
  portOffset: number,
): Promise<{ code: number | null; output: string }> {
  const port = Number(process.env.E2E_PORT ?? 3100) + portOffset;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  change(env);
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 45_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output };
}

test('a production server without AUTH_SECRET refuses to start and names the variable', async () => {
  const { code, output } = await startServer((env) => delete env.AUTH_SECRET, 40);
  expect(output).toContain('AUTH_SECRET is not set');
  expect(code, 'the server exits instead of running without a secret').toBe(1);
});

test('a server with a malformed variable refuses to start and says which and what is wrong', async () => {
  const { code, output } = await startServer((env) => (env.SMTP_POOL_SIZE = 'lots'), 41);
  expect(output).toContain('SMTP_POOL_SIZE: SMTP_POOL_SIZE must be a whole number');
  expect(code).toBe(1);
});

test('a server started with another SITE_URL than its build refuses to start, naming both addresses', async () => {
  // The build under test was made with the environment's SITE_URL, or without one (npm test): the default address.
  const built = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : 'http://localhost:3000';
  const { code, output } = await startServer((env) => (env.SITE_URL = 'https://elsewhere.example.org'), 42);
  expect(output).toContain(
    `SITE_URL: this server is configured for https://elsewhere.example.org but was built with ${built}`,
  );
  expect(code, 'prerendered pages would name the wrong site').toBe(1);
});
