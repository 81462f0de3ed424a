// next/cache outside Next (scripts/bench/plans/stub-hooks.mjs): the cache functions record nothing.
export const cacheLife = () => {};
export const cacheTag = () => {};
