import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { Lang } from '../../shared/model/lang';
import { indexFor } from '../../shared/search/searchIndex';
import { reasonText, type SearchTranslate } from '../../shared/suggest/reasonText';
import { suggestItems } from '../../shared/suggest/suggest';

/** One suggested item with the reasons it was suggested, already in words. */
export interface SuggestionView {
  itemId: string;
  reasons: string[];
}

export interface SuggestInput {
  title: string;
  description: string;
  accepted: string[];
  dismissed: string[];
  limit: number;
}

/** Suggestions for a policy from the shared engine (shared/suggest), with reasons in the UI language. */
export function suggestionsFor(catalog: FrameworkCatalog, lang: Lang, t: SearchTranslate, input: SuggestInput): SuggestionView[] {
  const found = suggestItems({ title: input.title, description: input.description }, catalog, indexFor(catalog), {
    accepted: input.accepted,
    dismissed: input.dismissed,
    limit: input.limit,
    lang,
  });
  return found.map((s) => ({ itemId: s.id, reasons: s.reasons.map((r) => reasonText(r, lang, t)) }));
}
