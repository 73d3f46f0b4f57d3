import type { FrameworkCatalog } from '../frameworks/catalog';
import type { ItemKind } from '../model/framework';
import { pickText, type Lang, type LocalizedText } from '../model/lang';
import { scoreItems, type WeightedWord } from '../search/score';
import type { SearchIndex } from '../search/searchIndex';
import { STOPWORDS, wordsOf } from '../search/words';

export interface PolicyText {
  title: string;
  description?: string;
}

export interface SuggestOptions {
  /** Items already linked to the policy: not suggested again, and their crosswalk relations are raised. */
  accepted?: readonly string[];
  /** Items the analyst dismissed for this policy: never suggested. */
  dismissed?: readonly string[];
  /** Only these frameworks. Default all. */
  frameworks?: readonly string[];
  limit?: number;
  /** Language of the titles returned. Default English. */
  lang?: Lang;
}

/** Why an item is suggested, for the UI to say in the user's language. */
export type SuggestReason =
  | { kind: 'words'; words: string[] }
  | { kind: 'crosswalk'; from: string; fromCode: string; fromFramework: string; rationale: LocalizedText };

export interface Suggestion {
  id: string;
  framework: string;
  code: string;
  kind: ItemKind;
  title: string;
  fallback: boolean;
  /** Between 0 and 1, higher is better; the best text match scores about 0.9. */
  score: number;
  reasons: SuggestReason[];
}

const DEFAULT_LIMIT = 10;
/** Words typed in a policy title say more about it than words of its description. */
const TITLE_WEIGHT = 2;
/** Only the word itself, its longer forms and near spellings: a description is not a search box. */
const MIN_CLOSENESS = 0.7;
/** What an accepted item's crosswalk relation adds (on the 0..1 scale). */
const CROSSWALK_BOOST = 0.45;
/** Preambles and general provisions relate to everything; suggesting them helps nobody. */
const SUGGESTED_KINDS: ReadonlySet<ItemKind> = new Set(['article', 'action', 'goal', 'target']);

/**
 * Framework items that a policy probably serves, ranked, each with its reasons: the words of the policy
 * found in the item, and the crosswalk from items the analyst already accepted (an accepted Charter article
 * raises its related UDHR articles and SDG targets). The mapping panel and `hrmap suggest` share it.
 */
export function suggestItems(policy: PolicyText, catalog: FrameworkCatalog, index: SearchIndex, options: SuggestOptions = {}): Suggestion[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const lang = options.lang ?? 'en';
  const excluded = new Set([...(options.accepted ?? []), ...(options.dismissed ?? [])]);
  const frameworks = options.frameworks?.length ? new Set(options.frameworks) : null;

  const { words, surface } = policyWords(policy);
  const { scores } = scoreItems(index, words, { frameworks, minCloseness: MIN_CLOSENESS, coveragePower: 1, preferLang: lang });
  const top = scores[0]?.raw ?? 0;

  const found = new Map<string, { score: number; reasons: SuggestReason[] }>();
  for (const { itemId, raw, words: matched } of scores) {
    const item = catalog.item(itemId);
    if (!item || excluded.has(itemId) || !SUGGESTED_KINDS.has(item.kind)) continue;
    const shown = [...matched].sort((a, b) => (wordWeight(words, b) - wordWeight(words, a)) || a.localeCompare(b)).map((w) => surface.get(w) ?? w);
    found.set(itemId, { score: top ? 0.9 * (raw / top) : 0, reasons: [{ kind: 'words', words: shown }] });
  }

  for (const acceptedId of options.accepted ?? []) {
    const sources = [acceptedId, catalog.item(acceptedId)?.parentId].filter((id): id is string => !!id);
    for (const source of sources) {
      const from = catalog.item(source);
      if (!from) continue;
      for (const entry of catalog.relatedTo(source)) {
        const target = catalog.item(entry.to);
        if (!target || excluded.has(entry.to) || !SUGGESTED_KINDS.has(target.kind)) continue;
        if (frameworks && !frameworks.has(target.frameworkId)) continue;
        const current = found.get(entry.to) ?? { score: 0, reasons: [] };
        if (current.reasons.some((r) => r.kind === 'crosswalk' && r.from === source)) continue;
        current.score = current.score + CROSSWALK_BOOST * (1 - current.score);
        current.reasons.push({ kind: 'crosswalk', from: source, fromCode: from.code, fromFramework: from.frameworkId, rationale: entry.rationale });
        found.set(entry.to, current);
      }
    }
  }

  return [...found]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, { score, reasons }]) => {
      const item = catalog.item(id)!;
      const title = pickText(item.title, lang);
      return {
        id,
        framework: item.frameworkId,
        code: item.code,
        kind: item.kind,
        title: title.value,
        fallback: title.fallback,
        score: Math.round(score * 1000) / 1000,
        reasons: [...reasons].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'crosswalk' ? -1 : 1)),
      };
    });
}

/** The meaningful words of a policy, title words weighing more, with the form the analyst wrote them in. */
function policyWords(policy: PolicyText): { words: WeightedWord[]; surface: Map<string, string> } {
  const weights = new Map<string, number>();
  const surface = new Map<string, string>();
  const take = (text: string, weight: number) => {
    for (const w of wordsOf(text)) {
      if (STOPWORDS.has(w.folded) || w.folded.length < 3 || /^\d+$/.test(w.folded)) continue;
      weights.set(w.folded, Math.max(weights.get(w.folded) ?? 0, weight));
      if (!surface.has(w.folded)) surface.set(w.folded, text.slice(w.start, w.end));
    }
  };
  take(policy.title, TITLE_WEIGHT);
  take(policy.description ?? '', 1);
  return { words: [...weights].map(([word, weight]) => ({ word, weight })), surface };
}

function wordWeight(words: readonly WeightedWord[], word: string): number {
  return words.find((w) => w.word === word)?.weight ?? 0;
}
