import Fuse, { type IFuseOptions } from 'fuse.js';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import { LANGS } from '../../shared/model/lang';
import { exactReferences } from '../../shared/search/search';

/** One framework item as the peer indexes it: its code, and its title and text in every language we have. */
interface FuseDoc {
  id: string;
  code: string;
  title: string[];
  text: string[];
}

/**
 * The design the frameworks issue first described, as a plain fuse.js user would write it: ONE Fuse index over
 * every item in the three languages, weighted keys code, title, text, `ignoreDiacritics`. `ignoreLocation` is on
 * because the texts are long (with Fuse's default location window only their first ~60 characters could match);
 * everything else is Fuse's default. Official wording, when attached, is searched with the text, as ours does.
 */
export const FUSE_SINGLE_OPTIONS: IFuseOptions<FuseDoc> = {
  keys: [
    { name: 'code', weight: 3 },
    { name: 'title', weight: 2 },
    { name: 'text', weight: 1 },
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  includeScore: true,
};

export interface FuseSingle {
  catalog: FrameworkCatalog;
  fuse: Fuse<FuseDoc>;
}

export function buildFuseSingle(catalog: FrameworkCatalog): FuseSingle {
  const docs: FuseDoc[] = catalog.items.map((item) => ({
    id: item.id,
    code: item.code,
    title: LANGS.map((lang) => item.title[lang] ?? '').filter(Boolean),
    text: LANGS.flatMap((lang) => [item.text[lang], item.officialText?.[lang]]).filter((t): t is string => Boolean(t)),
  }));
  return { catalog, fuse: new Fuse(docs, FUSE_SINGLE_OPTIONS) };
}

/**
 * Item ids best first: the same exact-code step as ours ("11.7", "Art. 25" go straight to the item), then Fuse's
 * ranking, so the comparison is of the fuzzy part alone.
 */
export function searchFuseSingle(peer: FuseSingle, query: string, limit = 20): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const ids = exactReferences(peer.catalog, trimmed, null);
  for (const hit of peer.fuse.search(trimmed, { limit: limit + ids.length })) if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
  return ids.slice(0, limit);
}
