/** Polls `probe` until it returns a value other than undefined, or fails after `deadlineMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 20_000, intervalMs = 100): Promise<T> {
  const until = Date.now() + deadlineMs;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ''}`);
}
