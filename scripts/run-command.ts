import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@/lib/db/paths';

/**
 * Runs a command with inherited stdio and resolves with its exit code (128 + signal number when killed).
 * SIGINT/SIGTERM received meanwhile are passed on, so the caller survives to clean up after the child.
 */
export function runCommand(
  [file, ...args]: [string, ...string[]],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const bin = path.join(repoRoot, 'node_modules/.bin');
  const childEnv = { ...env, PATH: [bin, env.PATH].filter(Boolean).join(path.delimiter) };
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: 'inherit', env: childEnv });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code: number) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code);
    };
    child.on('error', (error) => {
      console.error(`Could not start ${file}: ${error.message}`);
      done(127);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 1)));
  });
}
