import { CATALOGUES } from '../i18n/catalogues';
import { RIGHTS_HOLDER_GROUPS, type RightsHolderGroup } from './groups';
import { LANGS, type Lang } from './lang';
import { foldText } from './policyEdit';

export type ParseGroupsResult = { ok: true; groups: RightsHolderGroup[] } | { ok: false; unknown: string[] };

const key = (text: string) => foldText(text).replace(/[’'`´-]/g, ' ').replace(/\s+/g, ' ').trim();

/** Every accepted spelling: ids, names and aliases (";"-separated in the catalogues) of the three languages, folded. Built once. */
const BY_NAME: ReadonlyMap<string, RightsHolderGroup> = (() => {
  const map = new Map<string, RightsHolderGroup>();
  for (const group of RIGHTS_HOLDER_GROUPS) map.set(key(group), group);
  for (const lang of LANGS) {
    const { names, aliases } = CATALOGUES[lang].groups;
    for (const group of RIGHTS_HOLDER_GROUPS) {
      for (const name of [names[group], ...aliases[group].split(';')]) if (!map.has(key(name))) map.set(key(name), group);
    }
  }
  return map;
})();

/** A group from its id or its name (or a common alias) in English, French or Spanish; null when unknown. */
export function groupIdFromText(text: string): RightsHolderGroup | null {
  return BY_NAME.get(key(text)) ?? null;
}

/**
 * Reads a cell such as "Women and girls; Migrants" or "femmes, réfugiés" into group ids, in list order without
 * repeats. All-or-nothing: any name it does not know is returned so the caller can say which, and nothing is set.
 */
export function parseGroupList(text: string): ParseGroupsResult {
  const parts = text.split(/[;,|\n]+/).map((p) => p.trim()).filter(Boolean);
  const unknown = parts.filter((p) => !groupIdFromText(p));
  if (unknown.length) return { ok: false, unknown };
  const ids = parts.map((p) => groupIdFromText(p)!);
  return { ok: true, groups: RIGHTS_HOLDER_GROUPS.filter((g) => ids.includes(g)) };
}

/** Group names in one language, in the fixed list order, for cells, reports and the CLI. */
export function groupNames(groups: readonly string[], lang: Lang): string[] {
  const names: Record<string, string> = CATALOGUES[lang].groups.names;
  return RIGHTS_HOLDER_GROUPS.filter((g) => groups.includes(g)).map((g) => names[g]!);
}

/**
 * A policy's groups after adding and removing some: known ids only, no repeats, in the fixed list order, so the
 * same set is always stored the same way (and an unchanged set compares equal).
 */
export function changeGroups(current: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): RightsHolderGroup[] {
  const next = new Set([...current, ...add].filter((g) => !remove.includes(g)));
  return RIGHTS_HOLDER_GROUPS.filter((g) => next.has(g));
}
