import type { Policy } from '../../shared/model/policy';
import type { LinkChange, LinkStub } from '../db/linkStore';

/** A row of the register: the policy with its links, so columns, sorting and filters read plain row data. */
export interface RegisterRow extends Policy {
  links: readonly LinkStub[];
}

const NO_LINKS: readonly LinkStub[] = Object.freeze([]);

/** Links by policy, kept in step with the link store so the grid updates only the rows whose links changed. */
export class LinkIndex {
  private readonly byPolicy = new Map<string, LinkStub[]>();

  constructor(links: Iterable<LinkStub> = []) {
    for (const link of links) this.put(link);
  }

  of(policyId: string): readonly LinkStub[] {
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

  private put(link: LinkStub): void {
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
export function itemsOfFramework(links: readonly LinkStub[], frameworkId: string, order: (itemId: string) => number): string[] {
  const prefix = `${frameworkId}:`;
  return links
    .filter((l) => l.itemId.startsWith(prefix))
    .map((l) => l.itemId)
    .sort((a, b) => order(a) - order(b));
}

/**
 * When each policy's links last changed, for the "Last change" column. It is kept beside the rows, not in them:
 * a saved link changes its time without a row transaction for its policy (which would make the grid filter, sort
 * and redraw again).
 */
export class LinkTimes {
  private readonly latest = new Map<string, string>();

  /** Notes links as read or saved (a link without a time, a stub, tells nothing). */
  note(links: Iterable<LinkStub>): void {
    for (const link of links) if (link.updatedAt) this.touch(link.policyId, link.updatedAt);
  }

  /** Notes a change at `at` to a policy's links (a removal: the removed link's time is not the change's). */
  touch(policyId: string, at: string): void {
    const known = this.latest.get(policyId);
    if (!known || at > known) this.latest.set(policyId, at);
  }

  of(policyId: string): string | undefined {
    return this.latest.get(policyId);
  }
}

/** The latest change to a policy or to any of its links. */
export function lastChange(row: RegisterRow, times: LinkTimes): string {
  const links = times.of(row.id);
  return links && links > row.updatedAt ? links : row.updatedAt;
}
