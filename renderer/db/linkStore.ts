import { splitItemId } from '../../shared/model/framework';
import { linkId, type Link, type LinkStrength } from '../../shared/model/link';
import { ChangeLog } from './changeLog';
import type { ChangeOp, HrmapDatabase } from './database';

/** Links that changed, whole (a removed link still says which policy it belonged to). */
export interface LinkChange {
  add: Link[];
  update: Link[];
  remove: Link[];
}

export type LinkListener = (change: LinkChange) => void;

/** What the register needs of a link to draw chips and filter: which policy, which item (a whole link also says when it changed). */
export type LinkStub = Pick<Link, 'id' | 'policyId' | 'itemId'> & { updatedAt?: string };

/** The meta row holding the name written as the author of new links. */
export const AUTHOR_KEY = 'settings.author';
export const MAX_RATIONALE_LENGTH = 5_000;

export interface LinkFields {
  strength?: LinkStrength;
  rationale?: string;
}

/**
 * Policy-to-item links: one per policy and item (the id is `linkId(policy, item)`). Every write is one
 * undoable change-log entry; listeners hear adds, updates and removes after the commit, including undo and redo.
 */
export class LinkStore {
  private readonly listeners = new Set<LinkListener>();

  constructor(
    readonly db: HrmapDatabase,
    readonly changeLog: ChangeLog,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    changeLog.onApplied((applied) => {
      if (!applied.links.length) return;
      const change: LinkChange = { add: [], update: [], remove: [] };
      for (const delta of applied.links) {
        if (!delta.after) {
          if (delta.before) change.remove.push(delta.before);
        } else if (!delta.before) change.add.push(delta.after);
        else change.update.push(delta.after);
      }
      for (const listener of this.listeners) listener(change);
    });
  }

  subscribe(listener: LinkListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): Promise<Link[]> {
    return this.db.links.toArray();
  }

  forPolicies(policyIds: string[]): Promise<Link[]> {
    return this.db.links.ofPolicies(policyIds);
  }

  forPolicy(policyId: string): Promise<Link[]> {
    return this.db.links.ofPolicy(policyId);
  }

  async author(): Promise<string> {
    const row = await this.db.meta.get(AUTHOR_KEY);
    return typeof row?.value === 'string' ? row.value : '';
  }

  async setAuthor(name: string): Promise<void> {
    await this.db.meta.put({ key: AUTHOR_KEY, value: name.trim().slice(0, 200) });
  }

  /** A new link row (not saved). */
  draft(policyId: string, itemId: string, author: string, fields: LinkFields = {}, now = this.clock()): Link {
    return {
      id: linkId(policyId, itemId),
      policyId,
      itemId,
      strength: fields.strength ?? 'primary',
      rationale: (fields.rationale ?? '').slice(0, MAX_RATIONALE_LENGTH),
      author,
      createdAt: now,
      updatedAt: now,
    };
  }

  /** Links a policy to an item; an existing link is kept as it is. */
  async add(policyId: string, itemId: string, fields: LinkFields = {}, label = 'mapping:history.addLink'): Promise<Link> {
    const author = await this.author();
    let result: Link | null = null;
    await this.changeLog.change(label, async () => {
      const existing = await this.db.links.get(linkId(policyId, itemId));
      if (existing) {
        result = existing;
        return [];
      }
      result = this.draft(policyId, itemId, author, fields);
      return [{ table: 'links', id: result.id, before: null, after: result }];
    });
    return result!;
  }

  /** Changes the strength or rationale of a link. */
  async update(id: string, fields: LinkFields): Promise<Link | null> {
    let result: Link | null = null;
    await this.changeLog.change('mapping:history.editLink', async () => {
      const current = await this.db.links.get(id);
      if (!current) return [];
      const next: Link = {
        ...current,
        strength: fields.strength ?? current.strength,
        rationale: fields.rationale === undefined ? current.rationale : fields.rationale.slice(0, MAX_RATIONALE_LENGTH),
        updatedAt: this.clock(),
      };
      result = next;
      if (next.strength === current.strength && next.rationale === current.rationale) return [];
      return [{ table: 'links', id, before: current, after: next }];
    });
    return result;
  }

  async remove(ids: string[]): Promise<void> {
    await this.changeLog.change('mapping:history.removeLink', async () => {
      const current = await this.db.links.bulkGet(ids);
      return current.flatMap((l): ChangeOp[] => (l ? [{ table: 'links', id: l.id, before: l, after: null }] : []));
    });
  }

  /**
   * Makes the items of one framework linked to a policy exactly `itemIds` (what the grid's cell editor does):
   * new ones are added, missing ones removed, kept ones untouched (their strength and rationale stay).
   */
  async setFrameworkItems(policyId: string, frameworkId: string, itemIds: string[]): Promise<ChangeOp[]> {
    const author = await this.author();
    return this.changeLog.change('mapping:history.editLinks', async () => {
      const current = await this.forPolicy(policyId);
      return planFrameworkItems(current, policyId, frameworkId, itemIds, (itemId) => this.draft(policyId, itemId, author));
    });
  }

  /** Adds one item to many policies as one undoable step (policies already linked are left alone). */
  async addToPolicies(policyIds: string[], itemId: string, fields: LinkFields = {}): Promise<number> {
    const author = await this.author();
    const ops = await this.changeLog.change('mapping:history.bulkAddLink', async () => {
      const now = this.clock();
      const ids = policyIds.map((p) => linkId(p, itemId));
      const existing = await this.db.links.bulkGet(ids);
      return policyIds.flatMap((policyId, i): ChangeOp[] =>
        existing[i] ? [] : [{ table: 'links', id: ids[i]!, before: null, after: this.draft(policyId, itemId, author, fields, now) }],
      );
    });
    return ops.length;
  }

  /** Removes one item from many policies as one undoable step. */
  async removeFromPolicies(policyIds: string[], itemId: string): Promise<number> {
    const ops = await this.changeLog.change('mapping:history.bulkRemoveLink', async () => {
      const existing = await this.db.links.bulkGet(policyIds.map((p) => linkId(p, itemId)));
      return existing.flatMap((l): ChangeOp[] => (l ? [{ table: 'links', id: l.id, before: l, after: null }] : []));
    });
    return ops.length;
  }
}

/** The ops that make a policy's links of one framework exactly `itemIds`. Pure, so paste can reuse it. */
export function planFrameworkItems(
  current: Link[],
  policyId: string,
  frameworkId: string,
  itemIds: string[],
  draft: (itemId: string) => Link,
): ChangeOp[] {
  const wanted = new Set(itemIds);
  const have = new Set(current.map((l) => l.itemId));
  const ops: ChangeOp[] = [];
  for (const link of current) {
    if (link.policyId === policyId && splitItemId(link.itemId).frameworkId === frameworkId && !wanted.has(link.itemId)) {
      ops.push({ table: 'links', id: link.id, before: link, after: null });
    }
  }
  for (const itemId of itemIds) {
    if (!have.has(itemId)) {
      const link = draft(itemId);
      ops.push({ table: 'links', id: link.id, before: null, after: link });
    }
  }
  return ops;
}
