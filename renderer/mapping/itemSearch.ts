import { parseRefs, type FrameworkHint } from '../../shared/frameworks/codeRef';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { FrameworkItem } from '../../shared/model/framework';
import { pickText, type Lang } from '../../shared/model/lang';
import { foldText } from '../../shared/model/policyEdit';

/** Finds framework items for what a person typed; every picker (cell editor, panel, bulk bar) asks through this. */
export type ItemSearch = (query: string, options: { frameworks?: readonly string[]; limit?: number }) => FrameworkItem[];

const HINTS: Record<string, FrameworkHint> = { charter: 'charter', udhr: 'udhr', sdg: 'sdg' };

/**
 * An item search over the catalogue: exact code references first (codeRef), then items whose code starts with
 * the query or whose title and text hold every query word (accent- and case-insensitive).
 */
export function catalogItemSearch(catalog: FrameworkCatalog, lang: Lang): ItemSearch {
  const haystacks = new Map<string, { code: string; title: string; text: string }>();
  for (const item of catalog.items) {
    const titles = Object.values(item.title).join(' ');
    haystacks.set(item.id, {
      code: foldText(item.code),
      title: foldText(`${pickText(item.title, lang).value} ${titles}`),
      text: foldText(`${Object.values(item.text).join(' ')} ${Object.values(item.keywords ?? {}).flat().join(' ')}`),
    });
  }
  return (query, { frameworks, limit = 20 }) => {
    const q = foldText(query.trim());
    if (!q) return [];
    const allowed = frameworks?.length ? new Set(frameworks) : null;
    const inScope = (item: FrameworkItem | undefined): item is FrameworkItem => !!item && (!allowed || allowed.has(item.frameworkId));
    const hint = frameworks?.length === 1 ? HINTS[frameworks[0]!] : undefined;
    const exact = parseRefs(query, catalog.has, hint).itemIds.map((id) => catalog.item(id)).filter(inScope);
    const seen = new Set(exact.map((i) => i.id));
    const words = q.split(/\s+/).filter(Boolean);
    const scored: { item: FrameworkItem; score: number }[] = [];
    for (const item of catalog.items) {
      if (seen.has(item.id) || !inScope(item)) continue;
      const hay = haystacks.get(item.id)!;
      let score = 0;
      if (hay.code.startsWith(q)) score += 10 - Math.min(hay.code.length - q.length, 9) * 0.5;
      else if (words.every((w) => hay.title.includes(w))) score += 5;
      else if (words.every((w) => hay.title.includes(w) || hay.text.includes(w))) score += 2;
      if (score > 0) scored.push({ item, score: score - item.order / 100_000 });
    }
    scored.sort((a, b) => b.score - a.score);
    return [...exact, ...scored.map((s) => s.item)].slice(0, limit);
  };
}
