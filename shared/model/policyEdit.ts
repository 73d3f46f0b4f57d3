import { isPolicyStatus, isRegionId, type Policy, type PolicyField } from './policy';

export type EditResult = { ok: true; value: Policy[PolicyField] } | { ok: false; error: EditError };

/** Why a value was refused; the UI turns the code into a message in the user's language. */
export interface EditError {
  code: 'required' | 'tooLong' | 'notAYear' | 'unknownRegion' | 'unknownStatus';
  field: PolicyField;
  value: string;
}

export const MAX_TEXT_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 20_000;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/**
 * Turns what a user typed or pasted into the stored value of a field, or says why it cannot be stored.
 * The grid, paste, import and the CLI all go through here, so a value means the same everywhere.
 */
export function parseFieldValue(field: PolicyField, raw: unknown): EditResult {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  const fail = (code: EditError['code']): EditResult => ({ ok: false, error: { code, field, value: text } });
  switch (field) {
    case 'title':
      if (!text) return fail('required');
      return text.length > MAX_TEXT_LENGTH ? fail('tooLong') : { ok: true, value: text };
    case 'description':
      return text.length > MAX_DESCRIPTION_LENGTH ? fail('tooLong') : { ok: true, value: text };
    case 'city':
    case 'country':
    case 'sector':
      return text.length > MAX_TEXT_LENGTH ? fail('tooLong') : { ok: true, value: text };
    case 'startYear': {
      if (!text) return { ok: true, value: null };
      const year = Number(text);
      return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? { ok: true, value: year } : fail('notAYear');
    }
    case 'region': {
      if (!text) return { ok: true, value: '' };
      const id = regionIdFromText(text);
      return id ? { ok: true, value: id } : fail('unknownRegion');
    }
    case 'status': {
      if (!text) return { ok: true, value: '' };
      const id = text.toLowerCase().replace(/[\s_]+/g, '-');
      return isPolicyStatus(id) ? { ok: true, value: id } : fail('unknownStatus');
    }
  }
}

/** Accepts a region id or a common English, French or Spanish name of a UCLG region. */
export function regionIdFromText(text: string): Policy['region'] | null {
  const key = foldText(text).replace(/[^a-z]+/g, ' ').trim();
  if (isRegionId(key.replace(/ /g, '-'))) return key.replace(/ /g, '-') as Policy['region'];
  return REGION_ALIASES[key] ?? null;
}

const REGION_ALIASES: Record<string, Policy['region']> = {
  africa: 'africa',
  afrique: 'africa',
  'asia pacific': 'asia-pacific',
  'asie pacifique': 'asia-pacific',
  'asia pacifico': 'asia-pacific',
  aspac: 'asia-pacific',
  eurasia: 'eurasia',
  eurasie: 'eurasia',
  europe: 'europe',
  europa: 'europe',
  'latin america': 'latin-america',
  'amerique latine': 'latin-america',
  'america latina': 'latin-america',
  'middle east and west asia': 'mewa',
  'moyen orient et asie de l ouest': 'mewa',
  'oriente medio y asia occidental': 'mewa',
  'medio oriente y asia occidental': 'mewa',
  mewa: 'mewa',
  'north america': 'north-america',
  'amerique du nord': 'north-america',
  'america del norte': 'north-america',
  'norteamerica': 'north-america',
};

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Ciudad de México" -> "ciudad de mexico". One folding for search, matching and stats. */
export function foldText(text: string): string {
  // Plain ASCII has no marks to remove; most cells of a large import are, and normalising them costs time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
