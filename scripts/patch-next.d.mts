// Types of scripts/patch-next.mjs (plain JavaScript, which postinstall runs with node alone, as it does prisma-generate.mjs).
export type NextPatch = { name: string; file: string; apply(source: string): string };
export type PatchResult = { file: string; status: 'patched' | 'already patched' };
export const MARKER: string;
export const MEMO_ENTRIES: number;
export const MEMO_MAX_PATH: number;
export const DYNAMIC_ROUTES_FROM: string;
export const PATCHES: NextPatch[];
export function patchSource(patch: NextPatch, source: string): string;
export function patchNext(resolve?: (file: string) => string): PatchResult[];
