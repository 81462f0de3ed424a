// Placeholder until the limits land: every request passes.
export async function applyRateLimit(
  _request: Request,
): Promise<{ response?: Response; headers: Record<string, string> }> {
  return { headers: {} };
}
