import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import type { LinkChange } from '../db/linkStore';

/** A row of the register: the policy with its links, so columns, sorting and filters read plain row data. */
export interface RegisterRow extends Policy {
  links: readonly Link[];
}

const NO_LINKS: readonly Link[] = Object.freeze([]);

/** Links by policy, kept in step with the link store so the grid updates only the rows whose links changed. */
export class LinkIndex {
  private readonly byPolicy = new Map<string, Link[]>();

  constructor(links: Iterable<Link> = []) {
    for (const link of links) this.put(link);
  }

  of(policyId: string): readonly Link[] {
    return this.byPolicy.get(policyId) ?? NO_LINKS;
  }

  /** Applies a change; returns the policies whose links changed. */
  apply(change: LinkChange): Set<string> {
    const touched = new Set<string>();
    for (const link of change.remove) {
      const list = this.byPolicy.get(link.policyId);
      if (list) {
        const next = list.filter((l) => l.id !== link.id);
        if (next.length) this.byPolicy.set(link.policyId, next);
        else this.byPolicy.delete(link.policyId);
      }
      touched.add(link.policyId);
    }
    for (const link of [...change.add, ...change.update]) {
      this.put(link);
      touched.add(link.policyId);
    }
    return touched;
  }

  rowOf(policy: Policy): RegisterRow {
    return { ...policy, links: this.of(policy.id) };
  }

  private put(link: Link): void {
    const list = this.byPolicy.get(link.policyId);
    if (!list) {
      this.byPolicy.set(link.policyId, [link]);
      return;
    }
    // A new array, so a row built before the change keeps the links it was built with.
    const next = list.filter((l) => l.id !== link.id);
    next.push(link);
    this.byPolicy.set(link.policyId, next);
  }
}

/** The item ids of one framework among a row's links, in the framework's order. */
export function itemsOfFramework(links: readonly Link[], frameworkId: string, order: (itemId: string) => number): string[] {
  const prefix = `${frameworkId}:`;
  return links
    .filter((l) => l.itemId.startsWith(prefix))
    .map((l) => l.itemId)
    .sort((a, b) => order(a) - order(b));
}

/** The latest change to a policy or any of its links. */
export function lastChange(row: RegisterRow): string {
  let latest = row.updatedAt;
  for (const link of row.links) if (link.updatedAt > latest) latest = link.updatedAt;
  return latest;
}
