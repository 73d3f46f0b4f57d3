import { parseRefs, type CodeRefProblem, type CodeRefResult, type FrameworkHint } from '../frameworks/codeRef';
import { linkId, type Link } from '../model/link';
import { POLICY_FIELDS, newPolicy, type Policy, type PolicyField } from '../model/policy';
import { parseGroupList } from '../model/groupsText';
import { foldText, parseFieldValue, type EditError } from '../model/policyEdit';
import type { ColumnTarget } from './headers';
import { MAX_CELL_CHARS } from './limits';
import { findLinkDetail, type LinkDetail, type LinkDetails } from './linkDetails';
import type { HeaderedTable } from './table';
import { regionFromCell, statusFromCell, yearFromCell } from './values';

/** What to do with a row whose title and city (or id) match a policy already there or an earlier row. */
export type DuplicateMode = 'skip' | 'update' | 'add';

export type RowProblemCode = EditError['code'] | 'unknownGroup' | `code${Capitalize<CodeRefProblem['reason']>}` | 'cellTooLarge' | 'unknownStrength';

/** One problem of one row, with the sheet row number and the column as the file names it. */
export interface RowProblem {
  row: number;
  column: string;
  code: RowProblemCode;
  value: string;
}

export type RowAction = 'add' | 'update' | 'skip' | 'invalid';

export interface PlannedRow {
  row: number;
  action: RowAction;
  /** The policy as it will be stored (for 'update': the updated policy; for 'skip': the existing one). */
  policy: Policy;
  itemIds: string[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  added: Policy[];
  updated: { before: Policy; after: Policy }[];
  /** Links that do not exist yet, for added and updated policies. */
  links: Link[];
  skipped: number;
  invalid: number;
  problems: RowProblem[];
}

export interface PlanInput {
  table: HeaderedTable;
  targets: readonly ColumnTarget[];
  /** Policies of the workspace now. */
  existing: readonly Policy[];
  existingLinkIds: ReadonlySet<string>;
  exists: (itemId: string) => boolean;
  duplicates: DuplicateMode;
  now: string;
  makeId: () => string;
  /** Who the links are recorded as made by (unless the Links sheet says). */
  author?: string;
  /** Strength, rationale and author of links, from the workbook's Links sheet (linkDetailsFor). */
  linkDetails?: LinkDetails | null;
  onProgress?: (done: number, total: number) => void;
  /** Awaited every `pauseEvery` rows, so a UI can paint progress during 100,000 rows. */
  pause?: () => Promise<void>;
  pauseEvery?: number;
}

export const duplicateKey = (title: string, city: string): string => `${foldText(title).replace(/\s+/g, ' ').trim()}|${foldText(city).replace(/\s+/g, ' ').trim()}`;

/**
 * Works out, without writing anything, what importing a table would do: each row parsed with the same rules as
 * typing in the grid (parseFieldValue), mapping cells read with parseRefs (unknown codes reported, never
 * guessed), duplicates resolved by the chosen mode. Rows with a problem are 'invalid' and are never imported.
 */
export async function planImport(input: PlanInput): Promise<ImportPlan> {
  const { table, targets, exists, now } = input;
  const byKey = new Map<string, Policy>();
  const byId = new Map<string, Policy>();
  for (const p of input.existing) {
    byId.set(p.id, p);
    if (!byKey.has(duplicateKey(p.title, p.city))) byKey.set(duplicateKey(p.title, p.city), p);
  }
  const plan: ImportPlan = { rows: [], added: [], updated: [], links: [], skipped: 0, invalid: 0, problems: [] };
  /** Policies this import writes, by id, so a later row updating an added one changes that one entry. */
  const addedIndex = new Map<string, number>();
  const updatedIndex = new Map<string, number>();
  const linkIds = new Set(input.existingLinkIds);
  const every = input.pauseEvery ?? 2000;
  const total = table.rows.length;
  // Mapping cells repeat ("6.1; 11.1" on row after row): each distinct cell is read once per import.
  // Keyed by column kind first, so that the cell text itself is the key (no key string built per cell).
  const refsRead = new Map<string, Map<string, CodeRefResult>>();
  const readRefs: RefReader = (cell, known, hint, options = {}) => {
    const kind = `${hint ?? ''}|${options.fromNumber ? 1 : 0}`;
    let cells = refsRead.get(kind);
    if (!cells) refsRead.set(kind, (cells = new Map()));
    let refs = cells.get(cell);
    if (!refs) cells.set(cell, (refs = parseRefs(cell, known, hint, options)));
    return refs;
  };

  for (let r = 0; r < total; r++) {
    if (r % every === 0) {
      input.onProgress?.(r, total);
      if (r) await input.pause?.();
    }
    const sheetRow = table.rows[r]!;
    const parsed = parseRow(sheetRow.cells, table.headers, targets, exists, sheetRow.numbers, readRefs);
    const problems = parsed.problems.map((p) => ({ ...p, row: sheetRow.number }));
    const details = input.linkDetails ? detailsOf(input.linkDetails, parsed) : [];
    for (const d of details) if (d?.unknownStrength !== undefined) problems.push({ row: d.row, column: `${input.linkDetails!.strengthColumn} (${input.linkDetails!.sheet})`, code: 'unknownStrength', value: d.unknownStrength });
    const key = duplicateKey(parsed.fields.title ?? '', parsed.fields.city ?? '');
    const idCell = parsed.id;
    const match = (idCell && byId.get(idCell)) || (parsed.fields.title ? byKey.get(key) : undefined);

    if (problems.length) {
      plan.problems.push(...problems);
      plan.invalid++;
      plan.rows.push({ row: sheetRow.number, action: 'invalid', policy: newPolicy(idCell ?? '', now, parsed.fields), itemIds: parsed.itemIds });
      continue;
    }
    if (match && input.duplicates === 'skip') {
      plan.skipped++;
      plan.rows.push({ row: sheetRow.number, action: 'skip', policy: match, itemIds: parsed.itemIds });
      continue;
    }
    let policy: Policy;
    let action: RowAction;
    if (match && input.duplicates === 'update') {
      policy = { ...match, ...parsed.fields, updatedAt: now };
      action = 'update';
      if (addedIndex.has(match.id)) plan.added[addedIndex.get(match.id)!] = policy;
      else if (updatedIndex.has(match.id)) plan.updated[updatedIndex.get(match.id)!]!.after = policy;
      else {
        updatedIndex.set(match.id, plan.updated.length);
        plan.updated.push({ before: match, after: policy });
      }
    } else {
      let id = idCell && !byId.has(idCell) ? idCell : input.makeId();
      // Never overwrite a policy because an id generator repeated itself.
      while (byId.has(id)) id = input.makeId();
      policy = newPolicy(id, now, parsed.fields);
      action = 'add';
      addedIndex.set(id, plan.added.length);
      plan.added.push(policy);
    }
    byId.set(policy.id, policy);
    byKey.set(action === 'add' ? key : duplicateKey(policy.title, policy.city), policy);
    parsed.itemIds.forEach((itemId, k) => {
      const id = linkId(policy.id, itemId);
      if (linkIds.has(id)) return;
      linkIds.add(id);
      const detail = details[k];
      plan.links.push({
        id,
        policyId: policy.id,
        itemId,
        strength: detail?.strength ?? 'primary',
        rationale: detail?.rationale ?? '',
        author: detail?.author ?? input.author ?? '',
        createdAt: now,
        updatedAt: now,
      });
    });
    plan.rows.push({ row: sheetRow.number, action, policy, itemIds: parsed.itemIds });
  }
  input.onProgress?.(total, total);
  return plan;
}

/** The Links-sheet detail of each item the row names (undefined where the sheet has none). */
function detailsOf(details: LinkDetails, parsed: ParsedRow): (LinkDetail | undefined)[] {
  return parsed.itemIds.map((itemId) => findLinkDetail(details, parsed.id, parsed.fields.title ?? '', parsed.fields.city ?? '', itemId));
}

/** Reads a mapping cell's references (parseRefs, or a caching wrapper of it). */
type RefReader = typeof parseRefs;

interface ParsedRow {
  fields: Partial<Policy>;
  id: string | null;
  itemIds: string[];
  problems: Omit<RowProblem, 'row'>[];
}

/** One row's cells -> field values, groups, item ids and problems. `numbers`: indexes of cells that held numbers. */
export function parseRow(
  cells: readonly string[],
  headers: readonly string[],
  targets: readonly ColumnTarget[],
  exists: (itemId: string) => boolean,
  numbers: readonly number[] = [],
  readRefs: RefReader = parseRefs,
): ParsedRow {
  const fields: Partial<Policy> = {};
  const itemIds: string[] = [];
  const problems: Omit<RowProblem, 'row'>[] = [];
  let id: string | null = null;
  let sawTitle = false;
  for (let c = 0; c < targets.length; c++) {
    const target = targets[c]!;
    if (target === 'ignore') continue;
    const column = headers[c] ?? '';
    const cell = cells[c] ?? '';
    if (cell.length > MAX_CELL_CHARS) {
      problems.push({ column, code: 'cellTooLarge', value: `${cell.slice(0, 40)}…` });
      if (target === 'title') sawTitle = true;
      continue;
    }
    if (target === 'id') {
      id = cell.trim() || null;
    } else if (target === 'groups') {
      const parsed = parseGroupList(cell);
      fields.groups = parsed.ok ? parsed.groups : [];
      if (!parsed.ok) for (const u of parsed.unknown) problems.push({ column, code: 'unknownGroup', value: u });
    } else if (target.startsWith('codes:')) {
      const hint = target === 'codes:any' ? undefined : (target.slice(6) as FrameworkHint);
      const refs = readRefs(cell, exists, hint, { fromNumber: numbers.includes(c) });
      for (const itemId of refs.itemIds) if (!itemIds.includes(itemId)) itemIds.push(itemId);
      for (const p of refs.problems) problems.push({ column, code: `code${capitalize(p.reason)}` as RowProblemCode, value: p.text });
    } else if (isField(target)) {
      if (target === 'title') sawTitle = true;
      const raw = target === 'status' ? statusFromCell(cell) : target === 'region' ? regionFromCell(cell) : target === 'startYear' ? yearFromCell(cell) : cell;
      const result = parseFieldValue(target, raw);
      if (result.ok) (fields as Record<string, unknown>)[target] = result.value;
      else problems.push({ column, code: result.error.code, value: cell.length > 80 ? `${cell.slice(0, 80)}…` : cell });
    }
  }
  if (!sawTitle) problems.push({ column: '', code: 'required', value: '' });
  return { fields, id, itemIds, problems };
}

function isField(target: string): target is PolicyField {
  return (POLICY_FIELDS as readonly string[]).includes(target);
}

function capitalize<T extends string>(s: T): Capitalize<T> {
  return (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<T>;
}
