import { z } from 'zod';
import { decodeText, sniffKind } from '../import/bytes';
import { parseCsv } from '../import/csv';
import { parseJson, schemaIssues, type ReadProblem } from '../i18n/readProblems';
import { ImportFileError, type FileErrorCode } from '../import/limits';
import { readSpreadsheet, type XlsxLoader } from '../import/readSpreadsheet';
import type { SheetTable } from '../import/table';
import type { FrameworkItem, OfficialTextRecord } from '../model/framework';
import { LANGS, type Lang, type LocalizedText } from '../model/lang';
import { foldText } from '../model/policyEdit';
import { resolveRef, type FrameworkHint } from './codeRef';

/**
 * Official wording that a user imports for a framework (the Charter's own sentences, the SDG targets' UN text):
 * code plus text per language, with where it comes from. It is attached to the items by code, beside our
 * summaries (`officialText`), never over them. All or nothing: one unknown code and nothing is attached.
 */
export interface OfficialTextImport {
  frameworkId: string;
  source: string;
  version: string;
  entries: { code: string; text: LocalizedText }[];
}

export interface OfficialTextProblem {
  code: 'unreadable' | 'noCodeColumn' | 'noLanguageColumn' | 'unknownCode' | 'duplicateCode' | 'empty';
  detail: string;
  /** A file the import itself would refuse (too large, not a spreadsheet, damaged…): its reason, for import:fileErrors. */
  fileError?: { code: FileErrorCode; detail: Record<string, string | number> };
  /** Unreadable JSON, or JSON that breaks the format: where and what (words come from readProblemMessage). */
  reason?: ReadProblem;
}

export type OfficialTextResult<T> = { ok: true; value: T } | { ok: false; problems: OfficialTextProblem[] };

const localized = z.object({ en: z.string().optional(), fr: z.string().optional(), es: z.string().optional() });
const jsonSchema = z.object({
  format: z.literal('hrmap-official-text'),
  framework: z.string().min(1),
  source: z.string().max(1000),
  version: z.string().min(1).max(100),
  items: z.array(z.object({ code: z.string().min(1), text: localized })).min(1),
});

/**
 * Reads JSON ({format: "hrmap-official-text", framework, source, version, items: [{code, text: {en, fr, es}}]})
 * or CSV with a header: a code column ("code", "código") and one column per language ("en", "fr", "es",
 * or "text_en"…). For CSV the framework, source and version come from the caller.
 */
export function parseOfficialText(text: string, csvMeta: Omit<OfficialTextImport, 'entries'>): OfficialTextResult<OfficialTextImport> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, problems: [{ code: 'empty', detail: '' }] };
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (!json.ok) return { ok: false, problems: [{ code: 'unreadable', detail: '', reason: json.problem }] };
    const parsed = jsonSchema.safeParse(json.data);
    if (!parsed.success) return { ok: false, problems: [{ code: 'unreadable', detail: '', reason: { kind: 'schema', issues: schemaIssues(parsed.error, json.data) } }] };
    const { framework, source, version, items } = parsed.data;
    return { ok: true, value: { frameworkId: framework, source, version, entries: items.map((i) => ({ code: i.code.trim(), text: clean(i.text) })) } };
  }
  return officialTextFromTable(parseCsv(trimmed), csvMeta);
}

/** A table (CSV or a sheet's cells) with a code column and a column per language; the first non-blank row is the header. */
export function officialTextFromTable(table: readonly (readonly string[])[], meta: Omit<OfficialTextImport, 'entries'>): OfficialTextResult<OfficialTextImport> {
  const [header = [], ...rows] = table.filter((r) => r.some((c) => c.trim()));
  if (!header.length) return { ok: false, problems: [{ code: 'empty', detail: '' }] };
  const names = header.map((h) => foldText(h).trim().replace(/^(texte|texto|text)[\s_-]*/, ''));
  const codeAt = names.findIndex((n) => n === 'code' || n === 'codigo' || n === 'id');
  if (codeAt < 0) return { ok: false, problems: [{ code: 'noCodeColumn', detail: header.join(', ') }] };
  const langAt = LANGS.map((lang) => [lang, names.indexOf(lang)] as const).filter(([, at]) => at >= 0);
  if (!langAt.length) return { ok: false, problems: [{ code: 'noLanguageColumn', detail: header.join(', ') }] };
  const entries = rows.map((row) => {
    const text: LocalizedText = {};
    for (const [lang, at] of langAt) text[lang] = row[at] ?? '';
    return { code: (row[codeAt] ?? '').trim(), text: clean(text) };
  });
  return { ok: true, value: { ...meta, entries } };
}

/**
 * An official-text file as the user chose it: our JSON format, a CSV, or an .xlsx (its first sheet with
 * content). The content decides, not the name; a file that is none of these, too large or damaged is refused
 * with the import's own reasons (`fileError`).
 */
export async function readOfficialTextFile(bytes: Uint8Array, loadXlsx: XlsxLoader, meta: Omit<OfficialTextImport, 'entries'>): Promise<OfficialTextResult<OfficialTextImport>> {
  if (sniffKind(bytes) === 'text') {
    const { text } = decodeText(bytes);
    if (text.replace(/^\uFEFF/, '').trimStart().startsWith('{')) return parseOfficialText(text, meta);
  }
  let sheets: SheetTable[];
  try {
    sheets = (await readSpreadsheet(bytes, loadXlsx)).sheets;
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, problems: [{ code: 'unreadable', detail: error.code, fileError: { code: error.code, detail: error.detail } }] };
    throw error;
  }
  const sheet = sheets.find((s) => s.rows.some((r) => r.cells.some((c) => c.trim()))) ?? sheets[0];
  return officialTextFromTable(sheet?.rows.map((r) => r.cells) ?? [], meta);
}

/**
 * The items with the official text attached, or the problems (unknown or repeated codes) and nothing attached.
 * Codes are read like everywhere else ("XI.2", "Art. 25", "6.b"); languages missing from the import keep any
 * official text the item already had. Each language imported records the import's source and version
 * (`officialSource`), so wording from two imports stays attributed to each.
 */
export function attachOfficialText(items: readonly FrameworkItem[], data: OfficialTextImport): OfficialTextResult<FrameworkItem[]> {
  const own = items.filter((i) => i.frameworkId === data.frameworkId);
  const byId = new Map(own.map((i) => [i.id, i]));
  const hint: FrameworkHint | undefined = (['charter', 'udhr', 'sdg'] as const).find((f) => f === data.frameworkId);
  const problems: OfficialTextProblem[] = [];
  const updates = new Map<string, FrameworkItem>();
  for (const entry of data.entries) {
    if (!entry.code) continue;
    const direct = byId.has(`${data.frameworkId}:${entry.code}`) ? `${data.frameworkId}:${entry.code}` : null;
    const resolved = direct ?? (hint ? resolveRef(entry.code, (id) => byId.has(id), hint) : null);
    const id = typeof resolved === 'string' ? resolved : resolved && 'itemId' in resolved ? resolved.itemId : null;
    if (!id) {
      problems.push({ code: 'unknownCode', detail: entry.code });
      continue;
    }
    if (updates.has(id)) {
      problems.push({ code: 'duplicateCode', detail: entry.code });
      continue;
    }
    const item = byId.get(id)!;
    const from = { source: data.source, version: data.version };
    const sources = Object.fromEntries(Object.keys(entry.text).map((lang) => [lang, from]));
    updates.set(id, { ...item, officialText: { ...item.officialText, ...entry.text }, officialSource: { ...item.officialSource, ...sources } });
  }
  if (problems.length) return { ok: false, problems };
  if (!updates.size) return { ok: false, problems: [{ code: 'empty', detail: '' }] };
  return { ok: true, value: [...updates.values()] };
}

/** What an applied import adds to its framework's record: source, version, languages and how many items. */
export function officialTextRecord(data: OfficialTextImport, items: number, importedAt: string): OfficialTextRecord {
  const languages = LANGS.filter((lang) => data.entries.some((e) => e.text[lang]));
  return { source: data.source, version: data.version, languages, items, importedAt };
}

function clean(text: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGS) {
    const value = text[lang as Lang]?.trim();
    if (value) out[lang] = value;
  }
  return out;
}
