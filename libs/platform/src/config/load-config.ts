import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Thrown when the environment does not satisfy an app's config class. One line, no values. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => `${prefix}${m}`),
    ...describe(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/**
 * Validates the environment once, before the app starts. Messages name the variable and the
 * rule, never its value (values may be secrets).
 */
export function loadConfig<T extends object>(cls: new () => T, env: Record<string, string | undefined>): T {
  const config = plainToInstance(cls, env, { excludeExtraneousValues: true, exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true, validationError: { value: false, target: false } });
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${[...new Set(describe(errors))].join('; ')}`);
  }
  return config;
}

/**
 * Validates several config classes against one environment and reports every problem in a
 * single line.
 */
export function loadConfigs<T extends Record<string, new () => object>>(classes: T, env: Record<string, string | undefined>): { [K in keyof T]: InstanceType<T[K]> } {
  const out: Record<string, object> = {};
  const problems: string[] = [];
  for (const [name, cls] of Object.entries(classes)) {
    try {
      out[name] = loadConfig(cls, env);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(e.message.replace(/^Invalid configuration: /, ''));
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return out as { [K in keyof T]: InstanceType<T[K]> };
}

/** Runs `start`; a ConfigError stops the process with one clear line instead of a stack trace. */
export async function runOrExit(start: () => Promise<unknown>): Promise<void> {
  try {
    await start();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`Start-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
