import type { RunContext } from './run';

export async function runLegistar(ctx: RunContext): Promise<void> {
  throw new Error(`Legistar sources are not read yet (source ${ctx.source.name})`);
}
