/**
 * The benchmark's output contract. Figure names are stable (README, CI and issue threads quote them);
 * a figure that cannot be measured yet is reported as unavailable with the reason, never faked.
 */
export const UNITS = ['ms', 'MB', 'ratio', '%', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export interface Figure {
  name: string;
  value: number;
  unit: Unit;
  /** Size the figure was measured on: policies, queries, rows… (see the scenario). */
  n: number;
  /** The peer measured side by side in the same run, when the figure is a comparison or a peer's own time. */
  peer?: string;
}

export interface Unavailable {
  name: string;
  unavailable: string;
}

export type Outcome = Figure | Unavailable;

export function isFigure(outcome: Outcome): outcome is Figure {
  return 'value' in outcome;
}

export function figure(name: string, value: number, unit: Unit, n: number, peer?: string): Figure {
  const rounded = unit === 'count' ? Math.round(value) : Math.round(value * 100) / 100;
  return peer ? { name, value: rounded, unit, n, peer } : { name, value: rounded, unit, n };
}

export function unavailable(name: string, why: string): Unavailable {
  return { name, unavailable: why };
}

/** Checks one line of `--json` output against the contract; returns the problems (empty when it conforms). */
export function contractProblems(line: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return [`not JSON: ${line.slice(0, 80)}`];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return ['not an object'];
  const record = data as Record<string, unknown>;
  const problems: string[] = [];
  const allowed = new Set(['name', 'value', 'unit', 'n', 'peer']);
  for (const key of Object.keys(record)) if (!allowed.has(key)) problems.push(`unexpected field "${key}"`);
  if (typeof record['name'] !== 'string' || !/^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(record['name'])) problems.push('name must be dotted lower-case');
  if (typeof record['value'] !== 'number' || !Number.isFinite(record['value'])) problems.push('value must be a finite number');
  if (!(UNITS as readonly unknown[]).includes(record['unit'])) problems.push(`unit must be one of ${UNITS.join(', ')}`);
  if (typeof record['n'] !== 'number' || !Number.isInteger(record['n']) || record['n'] < 0) problems.push('n must be a non-negative integer');
  const suffix = typeof record['name'] === 'string' ? /_(ms|mb|pct|ratio)$/.exec(record['name'])?.[1] : undefined;
  const unitOfSuffix: Record<string, Unit> = { ms: 'ms', mb: 'MB', pct: '%', ratio: 'ratio' };
  if (suffix && record['unit'] !== unitOfSuffix[suffix]) problems.push(`a "_${suffix}" figure is in ${unitOfSuffix[suffix]}`);
  if ('peer' in record && (typeof record['peer'] !== 'string' || record['peer'] === '')) problems.push('peer must be a non-empty string');
  return problems;
}
