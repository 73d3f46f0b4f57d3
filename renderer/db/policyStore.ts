import { newPolicy, type Policy, type PolicyField } from '../../shared/model/policy';
import { parseFieldValue, type EditError } from '../../shared/model/policyEdit';
import type { HrmapDatabase } from './database';

/** What changed, so that views apply row transactions instead of reloading everything. */
export interface PolicyChange {
  add: Policy[];
  update: Policy[];
  remove: string[];
}

export type PolicyListener = (change: PolicyChange) => void;

/**
 * The one way the renderer changes policies: it writes IndexedDB first, then tells the views.
 * Every write is awaited, so what the grid shows has been saved.
 */
export class PolicyStore {
  private readonly listeners = new Set<PolicyListener>();

  constructor(
    readonly db: HrmapDatabase,
    private readonly clock: () => string = () => new Date().toISOString(),
    private readonly makeId: () => string = () => crypto.randomUUID(),
  ) {}

  subscribe(listener: PolicyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  all(): Promise<Policy[]> {
    return this.db.policies.toArray();
  }

  async add(fields: Partial<Policy> = {}): Promise<Policy> {
    const policy = newPolicy(this.makeId(), this.clock(), fields);
    await this.db.policies.add(policy);
    this.emit({ add: [policy] });
    return policy;
  }

  /** Sets one field from user input; returns the refusal instead of saving a bad value. */
  async setField(id: string, field: PolicyField, raw: unknown): Promise<{ ok: true; policy: Policy } | { ok: false; error: EditError }> {
    const parsed = parseFieldValue(field, raw);
    if (!parsed.ok) return parsed;
    const policy = await this.db.transaction('rw', this.db.policies, async () => {
      const current = await this.db.policies.get(id);
      if (!current) throw new Error(`No policy ${id}`);
      const next: Policy = { ...current, [field]: parsed.value, updatedAt: this.clock() };
      await this.db.policies.put(next);
      return next;
    });
    this.emit({ update: [policy] });
    return { ok: true, policy };
  }

  async remove(ids: string[]): Promise<void> {
    await this.db.policies.bulkDelete(ids);
    this.emit({ remove: ids });
  }

  private emit(change: Partial<PolicyChange>): void {
    const full: PolicyChange = { add: change.add ?? [], update: change.update ?? [], remove: change.remove ?? [] };
    for (const listener of this.listeners) listener(full);
  }
}
