import { CommonConfig, HttpConfig, loadConfigs, NarrativeKeyConfig, ReceiptKeyConfig } from '@tnr/platform';

export const intakeConfigClasses = { common: CommonConfig, http: HttpConfig, narrative: NarrativeKeyConfig, receipt: ReceiptKeyConfig };
export type IntakeConfig = ReturnType<typeof loadIntakeConfig>;

/** The only place the intake app reads the environment. */
export function loadIntakeConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(intakeConfigClasses, { PORT: '3000', ...env });
}
