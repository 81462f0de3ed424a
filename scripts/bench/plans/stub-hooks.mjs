// Module hooks for scripts/bench/plans.ts: the page data functions are 'use cache' functions whose cacheLife() and
// cacheTag() need Next's renderer, and they import 'server-only'. Outside Next both are stubbed, as the unit tests do.
const stub = new URL('./next-cache-stub.mjs', import.meta.url).href;
const empty = new URL('../../../node_modules/server-only/empty.js', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'next/cache') return { url: stub, shortCircuit: true };
  if (specifier === 'server-only') return { url: empty, shortCircuit: true };
  return next(specifier, context);
}
