import { resolveRef } from '../frameworks/codeRef';
import { CATALOGUES } from '../i18n/catalogues';
import { LANGS } from '../model/lang';
import type { LinkStrength } from '../model/link';
import { foldText } from '../model/policyEdit';
import { frameworkNamed } from './headers';
import { headered, type SheetTable } from './table';

/**
 * Our report's Links sheet (one row per policy-item link) read back: the strength, rationale and author of
 * each link, which the Policies sheet's code columns cannot carry. The sheet and its headers are found by
 * their names in the report catalogues, in any of our languages, so a French or Spanish report comes back too.
 */
export interface LinkDetail {
  /** Sheet row, for messages. */
  row: number;
  /** Absent fields (an empty strength, a missing column) keep the import's defaults. */
  strength?: LinkStrength;
  /** A strength cell naming no strength we know ("Strong"): the policy's row is reported, not guessed. */
  unknownStrength?: string;
  rationale?: string;
  author?: string;
}

export interface LinkDetails {
  sheet: string;
  /** The header of the strength column, for messages. */
  strengthColumn: string;
  /** Keyed `${policyId}|${itemId}` with the file's policy id, and `${titleCityKey}|${itemId}` (see `detailKeys`). */
  byPolicyId: Map<string, LinkDetail>;
  byTitleCity: Map<string, LinkDetail>;
}

type LinkColumn = 'id' | 'title' | 'city' | 'framework' | 'code' | 'strength' | 'rationale' | 'author';
const LINK_COLUMNS: LinkColumn[] = ['id', 'title', 'city', 'framework', 'code', 'strength', 'rationale', 'author'];

const fold = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();

function report(lang: (typeof LANGS)[number]) {
  return CATALOGUES[lang].report as { sheets: Record<string, string>; columns: Record<string, string>; strength: Record<LinkStrength, string> };
}

const SHEET_NAMES = new Set(LANGS.map((lang) => fold(report(lang).sheets['links']!)));
const HEADERS = new Map<string, LinkColumn>(LANGS.flatMap((lang) => LINK_COLUMNS.map((c) => [fold(report(lang).columns[c]!), c] as const)));
const STRENGTHS = new Map<string, LinkStrength>([
  ['primary', 'primary'],
  ['secondary', 'secondary'],
  ...LANGS.flatMap((lang) => (['primary', 'secondary'] as const).map((s) => [fold(report(lang).strength[s]), s] as const)),
]);

/**
 * The link details of a workbook: its Links sheet, when the sheet being imported is another one (the Policies
 * sheet) and the Links sheet has the report's columns. null when there is none.
 */
export function linkDetailsFor(sheets: readonly SheetTable[], importedSheet: string, exists: (itemId: string) => boolean): LinkDetails | null {
  const sheet = sheets.find((s) => s.name !== importedSheet && SHEET_NAMES.has(fold(s.name)));
  return sheet ? readLinkDetails(sheet, exists) : null;
}

export function readLinkDetails(sheet: SheetTable, exists: (itemId: string) => boolean): LinkDetails | null {
  const table = headered(sheet);
  if (!table) return null;
  const at = new Map<LinkColumn, number>();
  table.headers.forEach((header, c) => {
    const column = HEADERS.get(fold(header));
    if (column && !at.has(column)) at.set(column, c);
  });
  const has = (c: LinkColumn) => at.has(c);
  if (!has('framework') || !has('code') || !(has('id') || has('title')) || !(has('strength') || has('rationale') || has('author'))) return null;
  const cell = (cells: string[], c: LinkColumn) => (at.has(c) ? (cells[at.get(c)!] ?? '') : null);
  const details: LinkDetails = { sheet: sheet.name, strengthColumn: has('strength') ? table.headers[at.get('strength')!]! : '', byPolicyId: new Map(), byTitleCity: new Map() };
  for (const { number, cells } of table.rows) {
    const hint = frameworkNamed(cell(cells, 'framework')!);
    const ref = hint ? resolveRef(cell(cells, 'code')!, exists, hint) : null;
    if (!ref || !('itemId' in ref)) continue; // a row naming no item of ours has nothing to add to a link
    const detail: LinkDetail = { row: number };
    const strength = (cell(cells, 'strength') ?? '').trim();
    if (strength) {
      const known = STRENGTHS.get(fold(strength));
      if (known) detail.strength = known;
      else detail.unknownStrength = strength;
    }
    const rationale = cell(cells, 'rationale');
    const author = cell(cells, 'author');
    if (rationale !== null) detail.rationale = rationale;
    if (author !== null) detail.author = author;
    const keys = detailKeys(cell(cells, 'id') ?? '', cell(cells, 'title') ?? '', cell(cells, 'city') ?? '', ref.itemId);
    if (keys.byId) details.byPolicyId.set(keys.byId, detail);
    if (keys.byTitleCity) details.byTitleCity.set(keys.byTitleCity, detail);
  }
  return details;
}

/** How a link is found in the Links sheet: by the file's policy id, else by the policy's title and city. */
export function detailKeys(policyId: string, title: string, city: string, itemId: string): { byId: string | null; byTitleCity: string | null } {
  const id = policyId.trim();
  return {
    byId: id ? `${id}|${itemId}` : null,
    byTitleCity: title.trim() ? `${fold(title)}|${fold(city)}|${itemId}` : null,
  };
}

/** The detail of one link of an imported row, if the Links sheet has it. */
export function findLinkDetail(details: LinkDetails, policyId: string | null, title: string, city: string, itemId: string): LinkDetail | undefined {
  const keys = detailKeys(policyId ?? '', title, city, itemId);
  return (keys.byId ? details.byPolicyId.get(keys.byId) : undefined) ?? (keys.byTitleCity ? details.byTitleCity.get(keys.byTitleCity) : undefined);
}
