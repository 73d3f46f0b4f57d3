import type { Link } from '../../shared/model/link';
import { splitLinkId, type PolicyRowKey, type PolicyRows, type WriteProgress } from './policyRows';

/**
 * The links of a workspace, read and written as links whatever their storage (in their policy's row). Which rows
 * hold a link to an item, and how many links there are, is read from the rows' keys alone.
 */
export class LinkTable {
  constructor(private readonly rows: PolicyRows) {}

  async toArray(): Promise<Link[]> {
    return (await this.rows.all()).flatMap((row) => row.links);
  }

  async count(): Promise<number> {
    return (await this.rows.keys()).reduce((n, key) => n + key.length - 1, 0);
  }

  async get(id: string): Promise<Link | undefined> {
    return (await this.bulkGet([id]))[0];
  }

  /** The links with these ids, in the same order (undefined where there is none). */
  async bulkGet(ids: string[]): Promise<Array<Link | undefined>> {
    const parts = ids.map(splitLinkId);
    const rows = await this.rows.of(parts.flatMap((p) => (p ? [p.policyId] : [])));
    return parts.map((p) => (p ? rows.get(p.policyId)?.links.find((l) => l.itemId === p.itemId) : undefined));
  }

  async ofPolicies(policyIds: string[]): Promise<Link[]> {
    return [...(await this.rows.of(policyIds)).values()].flatMap((row) => row.links);
  }

  ofPolicy(policyId: string): Promise<Link[]> {
    return this.ofPolicies([policyId]);
  }

  /** The links to one item: the keys say which rows hold one, and only those are read. */
  ofItem(itemId: string): Promise<Link[]> {
    return this.matching((key) => key.includes(itemId, 1), (link) => link.itemId === itemId);
  }

  /** The links to any item of one framework. */
  ofFramework(frameworkId: string): Promise<Link[]> {
    const prefix = `${frameworkId}:`;
    return this.matching((key) => key.some((itemId, i) => i > 0 && itemId.startsWith(prefix)), (link) => link.itemId.startsWith(prefix));
  }

  /** Puts links into their policies' rows; a link to a policy that is not there is refused. */
  bulkPut(links: Link[]): Promise<void> {
    return this.write(links, []);
  }

  bulkDelete(ids: string[]): Promise<void> {
    return this.write([], ids);
  }

  /** Writes links and deletes others (by id), as one transaction (nested in the caller's when there is one). */
  write(put: Link[], deleteIds: string[], progress?: WriteProgress): Promise<void> {
    return this.rows.write({ putLinks: put, deleteLinks: deleteIds }, progress);
  }

  private async matching(keyHolds: (key: PolicyRowKey) => boolean, linkHolds: (link: Link) => boolean): Promise<Link[]> {
    return (await this.rows.whereKey(keyHolds)).flatMap((row) => row.links.filter(linkHolds));
  }
}
