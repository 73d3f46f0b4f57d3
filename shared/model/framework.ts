import { LANGS, type Lang, type LocalizedText } from './lang';

/** The built-in frameworks; imported packs may add others. */
export const BUILTIN_FRAMEWORKS = ['charter', 'udhr', 'sdg'] as const;
export type BuiltinFrameworkId = (typeof BUILTIN_FRAMEWORKS)[number];

export type ItemKind =
  | 'preamble'
  | 'provision' // Charter general and final provisions
  | 'article' // Charter and UDHR articles
  | 'action' // Charter suggested action-plan item
  | 'goal' // SDG goal
  | 'target'; // SDG target

/**
 * One addressable item of a framework. Ids follow one scheme used everywhere (grid, CLI, exports):
 * `charter:XI`, `charter:XI.2`, `udhr:25`, `udhr:preamble`, `sdg:6`, `sdg:6.1`, `sdg:6.b`.
 */
export interface FrameworkItem {
  id: string;
  frameworkId: string;
  /** The code people write: "XI", "XI.2", "25", "6.b". */
  code: string;
  parentId: string | null;
  kind: ItemKind;
  /** Order within the framework, for listings and matrices. */
  order: number;
  /** Short name. */
  title: LocalizedText;
  /** Summary in our own words (built-in packs) or official wording (UDHR, imported packs). */
  text: LocalizedText;
  /** Extra search words per language. */
  keywords?: Partial<Record<Lang, string[]>>;
  /** Official wording attached by an imported pack, kept apart from our summary. */
  officialText?: LocalizedText;
  /** Where each language of `officialText` comes from, as the user named it when importing it. */
  officialSource?: Partial<Record<Lang, OfficialSource>>;
}

/** The source and version a user gave for imported official wording (a pack's own, or typed in the dialog). */
export interface OfficialSource {
  source: string;
  version: string;
}

/** One import of official wording into a framework: what the installed framework records, and the workspace file. */
export interface OfficialTextRecord extends OfficialSource {
  /** The languages the import brought. */
  languages: Lang[];
  /** How many items it attached wording to. */
  items: number;
  importedAt: string;
}

export interface Framework {
  id: string;
  name: LocalizedText;
  version: string;
  languages: Lang[];
  /** Where the content comes from, in one line. */
  source: string;
}

/** The file format of a framework pack, built-in or imported. */
export interface FrameworkPack {
  format: 'hrmap-framework-pack';
  framework: Framework;
  items: FrameworkItem[];
}

/** The source of the official wording shown for `lang` (the same language pickText shows: wanted, else English, else any). */
export function officialSourceFor(item: Pick<FrameworkItem, 'officialText' | 'officialSource'>, lang: Lang): OfficialSource | undefined {
  const text = item.officialText;
  const shown = text?.[lang] ? lang : text?.en ? 'en' : LANGS.find((l) => text?.[l]);
  return shown ? item.officialSource?.[shown] : undefined;
}

export function itemId(frameworkId: string, code: string): string {
  return `${frameworkId}:${code}`;
}

export function splitItemId(id: string): { frameworkId: string; code: string } {
  const at = id.indexOf(':');
  return at < 0 ? { frameworkId: '', code: id } : { frameworkId: id.slice(0, at), code: id.slice(at + 1) };
}

/** A curated link between two items of different frameworks, with why they relate. */
export interface CrosswalkEntry {
  from: string;
  to: string;
  rationale: LocalizedText;
}
