import type { Policy, RegionId } from '../model/policy';
import { regionIdFromText } from '../model/policyEdit';
import { cityKey } from '../stats/stats';

/** Which policies a report covers. `policies` is the register's current filter, in the order it shows them. */
export type ReportScope =
  | { kind: 'all' }
  | { kind: 'policies'; ids: readonly string[] }
  | { kind: 'city'; name: string }
  | { kind: 'region'; region: RegionId | '' };

/** The policies of the scope (city names match whatever the case, accents and spacing, as in the statistics): register order, except a filter's list, which keeps the order the grid showed. */
export function policiesInScope<P extends Pick<Policy, 'id' | 'city' | 'region'>>(policies: readonly P[], scope: ReportScope): P[] {
  switch (scope.kind) {
    case 'all':
      return [...policies];
    case 'policies': {
      const byId = new Map(policies.map((p) => [p.id, p]));
      const seen = new Set<string>();
      const out: P[] = [];
      for (const id of scope.ids) {
        const policy = byId.get(id);
        if (policy && !seen.has(id)) {
          seen.add(id);
          out.push(policy);
        }
      }
      return out;
    }
    case 'city': {
      const key = cityKey(scope.name);
      return policies.filter((p) => cityKey(p.city) === key);
    }
    case 'region':
      return policies.filter((p) => p.region === scope.region);
  }
}

export type ScopeArgResult = { ok: true; scope: ReportScope } | { ok: false; error: 'badScope' | 'badRegion'; value: string };

/** Reads the CLI's `--scope city=NAME` or `--scope region=NAME` (a region id or its English, French or Spanish name). */
export function parseScopeArg(text: string): ScopeArgResult {
  const match = /^\s*(city|region)\s*=\s*(.+?)\s*$/i.exec(text);
  if (!match) return { ok: false, error: 'badScope', value: text };
  const [, kind, value] = match as unknown as [string, string, string];
  if (kind.toLowerCase() === 'city') return { ok: true, scope: { kind: 'city', name: value } };
  const region = regionIdFromText(value);
  return region ? { ok: true, scope: { kind: 'region', region } } : { ok: false, error: 'badRegion', value };
}
