import type { Policy } from '../../shared/model/policy';
import type { PolicyRows } from './policyRows';

/** The workspace's policies, read and written as policies whatever their storage (each in its row, with its links). */
export class PolicyTable {
  constructor(private readonly rows: PolicyRows) {}

  async toArray(): Promise<Policy[]> {
    return (await this.rows.all()).map((row) => row.policy);
  }

  /** The first policies in key order (by id). */
  async firstPage(size: number): Promise<Policy[]> {
    return (await this.rows.first(size)).map((row) => row.policy);
  }

  count(): Promise<number> {
    return this.rows.count();
  }

  async get(id: string): Promise<Policy | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  /** The policies with these ids, in the same order (undefined where there is none). */
  async bulkGet(ids: string[]): Promise<Array<Policy | undefined>> {
    const rows = await this.rows.of(ids);
    return ids.map((id) => rows.get(id)?.policy);
  }

  /** Puts policies; a policy's links stay as they are. */
  bulkPut(policies: Policy[]): Promise<void> {
    return this.rows.write({ policies: policies.map((p) => [p.id, p] as const) });
  }

  /** Deletes policies, and with them their links. */
  bulkDelete(ids: string[]): Promise<void> {
    return this.rows.write({ policies: ids.map((id) => [id, null] as const) });
  }
}
