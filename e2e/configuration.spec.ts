// Configuration is checked when the server starts (instrumentation.ts): a production server without AUTH_SECRET
// stops at once with the variable's name, before it serves anything.
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('a production server without AUTH_SECRET refuses to start and names the variable', async () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 40;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.AUTH_SECRET;
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  expect(output).toContain('AUTH_SECRET is not set');
  expect(code, 'the server exits instead of running without a secret').toBe(1);
});
