import { UsageError } from './command';
import { cliT } from './i18n';

/** A whole-number option within bounds, or a usage error naming the option. */
export function wholeNumber(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(cliT('workspace')('cli.badNumber', { option, min, max }));
  }
  return value;
}
