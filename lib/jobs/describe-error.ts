/** Some driver errors carry only a code or a cause: say whatever there is. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause ? ` (cause: ${describeError(error.cause)})` : '';
  const meta = (error as { meta?: unknown }).meta;
  if (meta && !error.message) return `${error.name}${code ? ` ${String(code)}` : ''}: ${JSON.stringify(meta)}${cause}`;
  return `${error.name}${code ? ` ${String(code)}` : ''}: ${error.message || '(no message)'}${cause}`;
}
