import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { Lang } from '../../shared/model/lang';

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

/** Suggestions for a policy, or null while the suggestion engine is not available in this build. */
export function suggestionsFor(_catalog: FrameworkCatalog, _lang: Lang, _input: SuggestInput): SuggestionView[] | null {
  return null;
}
