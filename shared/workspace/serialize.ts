import type { OfficialTextRecord } from '../model/framework';
import type { Link } from '../model/link';
import { linkId } from '../model/link';
import type { Policy } from '../model/policy';
import { isRightsHolderGroup } from '../model/groups';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceChange, type WorkspaceFile } from './format';
import { parseWorkspace, type ParseWorkspaceResult } from './parse';

/** What a workspace is made of, wherever it lives (IndexedDB tables, a file, a generator). */
export interface WorkspaceParts {
  name: string;
  savedAt: string;
  frameworks: WorkspaceFile['frameworks'];
  settings: Record<string, unknown>;
  policies: Policy[];
  links: Link[];
  /** The change log, oldest first; `seq` and other store-only fields are dropped. */
  changes: (WorkspaceChange & { seq?: number })[];
}

/** Tables -> the file object: fixed field order, sorted frameworks, so that saving twice gives the same text. */
export function toWorkspaceFile(parts: WorkspaceParts): WorkspaceFile {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    name: parts.name,
    savedAt: parts.savedAt,
    frameworks: [...parts.frameworks]
      .map(({ id, version, officialText }) => (officialText?.length ? { id, version, officialText: officialText.map(officialRecord) } : { id, version }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    settings: parts.settings,
    policies: parts.policies,
    links: parts.links,
    changes: parts.changes.map(({ at, label, ops, undone, workspace }) => (workspace ? { at, label, ops, undone, workspace } : { at, label, ops, undone })),
  };
}

/** Fixed field order, so that saving twice gives the same text. */
function officialRecord({ source, version, languages, items, importedAt }: OfficialTextRecord): OfficialTextRecord {
  return { source, version, languages, items, importedAt };
}

/** The text of a `.hrmap.json` file. One line per row keeps files diffable without doubling their size. */
export function stringifyWorkspace(workspace: WorkspaceFile): string {
  const { policies, links, changes, ...head } = workspace;
  const rows = (list: unknown[]) => (list.length ? `[\n${list.map((row) => JSON.stringify(row)).join(',\n')}\n]` : '[]');
  const headText = JSON.stringify(head, null, 1).slice(0, -2);
  return `${headText},\n"policies": ${rows(policies)},\n"links": ${rows(links)},\n"changes": ${rows(changes)}\n}\n`;
}

/** Reads a workspace file's text (schema-checked, future versions refused); the inverse of stringifyWorkspace. */
export function readWorkspaceText(text: string): ParseWorkspaceResult {
  return parseWorkspace(text);
}

/** A problem the schema cannot see: rows that disagree with each other or with the frameworks. */
export interface WorkspaceProblem {
  code: 'duplicatePolicyId' | 'duplicateLinkId' | 'linkIdMismatch' | 'orphanLink' | 'unknownItem' | 'unknownGroup';
  id: string;
  detail: string;
}

/**
 * Checks what the schema cannot: ids are unique, every link points at a policy of the file and, when `exists`
 * is given, at an item of a known framework; group ids are ours. Returns every problem, first ones first.
 */
export function checkWorkspace(workspace: WorkspaceFile, exists?: (itemId: string) => boolean): WorkspaceProblem[] {
  const problems: WorkspaceProblem[] = [];
  const policyIds = new Set<string>();
  for (const policy of workspace.policies) {
    if (policyIds.has(policy.id)) problems.push({ code: 'duplicatePolicyId', id: policy.id, detail: policy.title });
    policyIds.add(policy.id);
    for (const group of policy.groups) {
      if (!isRightsHolderGroup(group)) problems.push({ code: 'unknownGroup', id: policy.id, detail: group });
    }
  }
  const linkIds = new Set<string>();
  for (const link of workspace.links) {
    if (linkIds.has(link.id)) problems.push({ code: 'duplicateLinkId', id: link.id, detail: '' });
    linkIds.add(link.id);
    if (link.id !== linkId(link.policyId, link.itemId)) problems.push({ code: 'linkIdMismatch', id: link.id, detail: linkId(link.policyId, link.itemId) });
    if (!policyIds.has(link.policyId)) problems.push({ code: 'orphanLink', id: link.id, detail: link.policyId });
    if (exists && !exists(link.itemId)) problems.push({ code: 'unknownItem', id: link.id, detail: link.itemId });
  }
  return problems;
}

/** An empty workspace, for `hrmap import --into` a file that does not exist yet. */
export function emptyWorkspace(name: string, now: string, frameworks: { id: string; version: string }[] = []): WorkspaceFile {
  return toWorkspaceFile({ name, savedAt: now, frameworks, settings: {}, policies: [], links: [], changes: [] });
}
