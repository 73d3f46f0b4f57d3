import i18next from 'i18next';
import type { Link } from '../../shared/model/link';
import { newPolicy, type Policy, type PolicyField, type PolicyStatus } from '../../shared/model/policy';
import { changeGroups } from '../../shared/model/groupsText';
import { parseFieldValue, type EditError } from '../../shared/model/policyEdit';
import { ChangeLog } from './changeLog';
import type { ChangeOp, HrmapDatabase } from './database';

/** What changed, so that views apply row transactions instead of reloading everything. */
export interface PolicyChange {
  add: Policy[];
  update: Policy[];
  remove: string[];
}

export type PolicyListener = (change: PolicyChange) => void;

/**
 * The one way the renderer changes policies: it writes IndexedDB first, then tells the views.
 * Every write is awaited, so what the grid shows has been saved, and every write is one undoable
 * change-log entry (undo and redo reach the listeners the same way).
 */
export class PolicyStore {
  private readonly listeners = new Set<PolicyListener>();

  constructor(
    readonly db: HrmapDatabase,
    private readonly clock: () => string = () => new Date().toISOString(),
    private readonly makeId: () => string = () => crypto.randomUUID(),
    readonly changeLog: ChangeLog = new ChangeLog(db, clock),
  ) {
    changeLog.onApplied((applied) => {
      if (!applied.policies.length) return;
      const change: PolicyChange = { add: [], update: [], remove: [] };
      for (const delta of applied.policies) {
        if (!delta.after) change.remove.push(delta.id);
        else if (!delta.before) change.add.push(delta.after);
        else change.update.push(delta.after);
      }
      for (const listener of this.listeners) listener(change);
    });
  }

  subscribe(listener: PolicyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): Promise<Policy[]> {
    return this.db.policies.toArray();
  }

  /** Every policy and every link, in one read: each policy's row holds its links. */
  allWithLinks(): Promise<{ policies: Policy[]; links: Link[] }> {
    return this.db.rows.policiesAndLinks();
  }

  /** The first policies in key order, to paint the register before reading it all. */
  firstPage(size: number): Promise<Policy[]> {
    return this.db.policies.firstPage(size);
  }

  count(): Promise<number> {
    return this.db.policies.count();
  }

  get(id: string): Promise<Policy | undefined> {
    return this.db.policies.get(id);
  }

  /** A fresh policy (not saved), with this store's clock and id maker; for writers that plan their own ops. */
  draft(fields: Partial<Policy> = {}): Policy {
    return newPolicy(this.makeId(), this.clock(), fields);
  }

  now(): string {
    return this.clock();
  }

  async add(fields: Partial<Policy> = {}): Promise<Policy> {
    const policy = this.draft(fields);
    await this.changeLog.change('mapping:history.addPolicy', () => [{ table: 'policies', id: policy.id, before: null, after: policy }]);
    return policy;
  }

  /** Sets one field from user input; returns the refusal instead of saving a bad value. */
  async setField(id: string, field: PolicyField, raw: unknown): Promise<{ ok: true; policy: Policy } | { ok: false; error: EditError }> {
    const parsed = parseFieldValue(field, raw);
    if (!parsed.ok) return parsed;
    let policy: Policy | null = null;
    await this.changeLog.change('mapping:history.editCell', async () => {
      const current = await this.db.policies.get(id);
      if (!current) throw new Error(i18next.t('common:errors.noPolicy', { id }));
      if (current[field] === parsed.value) {
        policy = current;
        return [];
      }
      policy = { ...current, [field]: parsed.value, updatedAt: this.clock() };
      return [{ table: 'policies', id, before: current, after: policy }];
    });
    return { ok: true, policy: policy! };
  }

  /** Sets the status of many policies as one undoable step. */
  async setStatus(ids: string[], status: PolicyStatus | ''): Promise<number> {
    const ops = await this.changeLog.change('mapping:history.setStatus', async () => {
      const now = this.clock();
      const current = await this.db.policies.bulkGet(ids);
      return current.flatMap((p): ChangeOp[] =>
        p && p.status !== status ? [{ table: 'policies', id: p.id, before: p, after: { ...p, status, updatedAt: now } }] : [],
      );
    });
    return ops.length;
  }

  /** Sets the rights-holder groups of one policy (unknown ids dropped, fixed order) as one undoable step. */
  async setGroups(id: string, groups: readonly string[]): Promise<Policy | undefined> {
    const ops = await this.changeLog.change('groups:history.setGroups', async () => {
      const current = await this.db.policies.get(id);
      if (!current) throw new Error(i18next.t('common:errors.noPolicy', { id }));
      const next = changeGroups(groups);
      if (next.join('|') === current.groups.join('|')) return [];
      return [{ table: 'policies', id, before: current, after: { ...current, groups: next, updatedAt: this.clock() } }];
    });
    return (ops[0]?.after as Policy | undefined) ?? (await this.db.policies.get(id));
  }

  /** Adds and removes groups on many policies (bulk set/unset) as one undoable step; returns how many changed. */
  async changeGroups(ids: string[], change: { add?: readonly string[]; remove?: readonly string[] }): Promise<number> {
    const label = change.add?.length ? 'groups:history.addGroups' : 'groups:history.removeGroups';
    const ops = await this.changeLog.change(label, async () => {
      const now = this.clock();
      const current = await this.db.policies.bulkGet(ids);
      return current.flatMap((p): ChangeOp[] => {
        if (!p) return [];
        const groups = changeGroups(p.groups, change.add, change.remove);
        return groups.join('|') === p.groups.join('|') ? [] : [{ table: 'policies', id: p.id, before: p, after: { ...p, groups, updatedAt: now } }];
      });
    });
    return ops.length;
  }

  /** Deletes policies and, in the same transaction and undo step, their links. */
  async remove(ids: string[]): Promise<void> {
    await this.changeLog.change('mapping:history.deletePolicies', async () => {
      // One after the other: the links come from the rows the first read remembered for this transaction.
      const policies = await this.db.policies.bulkGet(ids);
      const links = await this.db.links.ofPolicies(ids);
      return [
        ...links.map((link): ChangeOp => ({ table: 'links', id: link.id, before: link, after: null })),
        ...policies.flatMap((p): ChangeOp[] => (p ? [{ table: 'policies', id: p.id, before: p, after: null }] : [])),
      ];
    });
  }
}
