// Tests set the viewer directly instead of signing in: `runAsViewer(viewer, () => action(prev, formData))`.
// Honoured only when NODE_ENV === 'test', so a production server never takes its viewer from here.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from '@/lib/auth/viewer';

type TestContext = { viewer: Viewer | null; dryRun: boolean };

const storage = new AsyncLocalStorage<TestContext>();

export type RunAsViewerOptions = {
  /** Stop actions right after the permission check (the authorization matrix): the handler never runs. */
  dryRun?: boolean;
};

export function runAsViewer<T>(viewer: Viewer | null, fn: () => T, options: RunAsViewerOptions = {}): T {
  if (process.env.NODE_ENV !== 'test') throw new Error('runAsViewer is for tests only (NODE_ENV=test).');
  return storage.run({ viewer, dryRun: options.dryRun ?? false }, fn);
}

/** The test's context, or undefined outside runAsViewer (and always outside tests). */
export function testContext(): TestContext | undefined {
  return process.env.NODE_ENV === 'test' ? storage.getStore() : undefined;
}
