import type { Logger } from '@nestjs/common';

/**
 * Runs `task` every `intervalMs` (and once at once when `runNow`), logging failures by error
 * type only. Returns the function that stops it.
 */
export function startPeriodic(task: () => Promise<unknown>, intervalMs: number, logger: Logger, what: string, runNow = false): () => void {
  const run = () => void task().catch((e: unknown) => logger.warn({ errorType: e instanceof Error ? e.name : typeof e }, `${what} failed`));
  if (runNow) run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
