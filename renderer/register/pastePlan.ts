import { parseRefs, type CodeRefProblem, type FrameworkHint } from '../../shared/frameworks/codeRef';
import { parseGroupList } from '../../shared/model/groupsText';
import type { Link } from '../../shared/model/link';
import type { Policy, PolicyField } from '../../shared/model/policy';
import { parseFieldValue, type EditError } from '../../shared/model/policyEdit';
import type { ChangeOp } from '../db/database';
import { planFrameworkItems } from '../db/linkStore';
import type { RegisterRow } from './registerRows';

/** What a pasted value lands in: a policy field, a framework column (item codes), or a column that cannot take it. */
export type PasteColumn =
  | { colId: string; kind: 'field'; field: PolicyField }
  | { colId: string; kind: 'framework'; frameworkId: string }
  | { colId: string; kind: 'groups' }
  | { colId: string; kind: 'readOnly' };

export type PasteProblem = { row: number; colId: string } & (
  | { kind: 'edit'; error: EditError }
  | { kind: 'ref'; problem: CodeRefProblem }
  | { kind: 'unknownGroups'; names: string[] }
  | { kind: 'readOnly' }
  | { kind: 'tooWide' }
);

export interface PastePlan {
  ops: ChangeOp[];
  updated: number;
  added: number;
  problems: PasteProblem[];
}

export interface PasteContext {
  /** The displayed rows from the focused one down; the block updates these, then appends new policies. */
  rows: readonly RegisterRow[];
  /** The displayed columns from the focused one rightwards. */
  columns: readonly PasteColumn[];
  itemExists: (itemId: string) => boolean;
  /** The whole links of the rows under the block (their `before` is what undo restores). */
  linksOf: (policyId: string) => Link[];
  newPolicy: () => Policy;
  newLink: (policyId: string, itemId: string) => Link;
  now: string;
}

const HINTS: Record<string, FrameworkHint> = { charter: 'charter', udhr: 'udhr', sdg: 'sdg' };

/**
 * Reads a block copied from a spreadsheet: rows by newline, cells by tab, with the quoting Excel and
 * LibreOffice use for cells that hold tabs, newlines or quotes. A trailing newline adds no row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const src = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < src.length) {
    const c = src[i]!;
    if (atCellStart && c === '"') {
      // A quoted cell: "" is a quote; it ends at a quote followed by a tab, a newline or the end.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          if (j + 1 === src.length || src[j + 1] === '\t' || src[j + 1] === '\n') {
            closed = true;
            j++;
            break;
          }
        }
        value += src[j];
        j++;
      }
      if (closed) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (c === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += c;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Turns a pasted block into one set of ops: cells under the focused cell update the rows shown there,
 * rows beyond the last one become new policies. Every cell is checked first; any problem means no ops.
 */
export function planPaste(block: string[][], ctx: PasteContext): PastePlan {
  const problems: PasteProblem[] = [];
  const ops: ChangeOp[] = [];
  let updated = 0;
  let added = 0;
  block.forEach((cells, r) => {
    const existing = ctx.rows[r];
    const before: Policy | null = existing ? stripLinks(existing) : null;
    let policy: Policy = before ? { ...before } : ctx.newPolicy();
    let policyChanged = false;
    const linkOps: ChangeOp[] = [];
    cells.forEach((raw, c) => {
      const column = ctx.columns[c];
      if (!column) {
        if (raw.trim()) problems.push({ row: r + 1, colId: ctx.columns.at(-1)?.colId ?? '', kind: 'tooWide' });
        return;
      }
      if (column.kind === 'readOnly') {
        if (raw.trim()) problems.push({ row: r + 1, colId: column.colId, kind: 'readOnly' });
        return;
      }
      if (column.kind === 'field') {
        const parsed = parseFieldValue(column.field, raw);
        if (!parsed.ok) problems.push({ row: r + 1, colId: column.colId, kind: 'edit', error: parsed.error });
        else if (policy[column.field] !== parsed.value) {
          policy = { ...policy, [column.field]: parsed.value };
          policyChanged = true;
        }
        return;
      }
      if (column.kind === 'groups') {
        // Names or ids in any of the three languages, as the import reads them; an empty cell clears the groups.
        const parsed = parseGroupList(raw);
        if (!parsed.ok) problems.push({ row: r + 1, colId: column.colId, kind: 'unknownGroups', names: parsed.unknown });
        else if (parsed.groups.join('|') !== (policy.groups ?? []).join('|')) {
          policy = { ...policy, groups: parsed.groups };
          policyChanged = true;
        }
        return;
      }
      const refs = parseRefs(raw, ctx.itemExists, HINTS[column.frameworkId]);
      const wrong = refs.problems[0];
      const foreign = refs.itemIds.find((id) => !id.startsWith(`${column.frameworkId}:`));
      if (wrong) problems.push({ row: r + 1, colId: column.colId, kind: 'ref', problem: wrong });
      else if (foreign) problems.push({ row: r + 1, colId: column.colId, kind: 'ref', problem: { text: foreign, reason: 'unknown' } });
      else linkOps.push(...planFrameworkItems(existing ? ctx.linksOf(existing.id) : [], policy.id, column.frameworkId, refs.itemIds, (itemId) => ctx.newLink(policy.id, itemId)));
    });
    if (!existing) {
      // A new policy needs a title like any other.
      const title = parseFieldValue('title', policy.title);
      if (!title.ok) problems.push({ row: r + 1, colId: 'title', kind: 'edit', error: title.error });
      ops.push({ table: 'policies', id: policy.id, before: null, after: { ...policy, createdAt: ctx.now, updatedAt: ctx.now } });
      added++;
    } else if (policyChanged) {
      ops.push({ table: 'policies', id: policy.id, before, after: { ...policy, updatedAt: ctx.now } });
    }
    ops.push(...linkOps);
    if (existing && (policyChanged || linkOps.length)) updated++;
  });
  return problems.length ? { ops: [], updated: 0, added: 0, problems } : { ops, updated, added, problems };
}

function stripLinks(row: RegisterRow): Policy {
  const { links: _links, ...policy } = row;
  return policy;
}
