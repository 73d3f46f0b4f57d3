import type { CrosswalkEntry, Framework, FrameworkItem, FrameworkPack } from '../model/framework';

/**
 * The reference frameworks in memory, indexed the ways every feature asks: by id, by framework, by parent,
 * and the crosswalk in both directions. Built once from packs (built-in or imported) and shared.
 */
export class FrameworkCatalog {
  readonly frameworks: Framework[];
  readonly items: FrameworkItem[];
  private readonly byId = new Map<string, FrameworkItem>();
  private readonly childrenOf = new Map<string, FrameworkItem[]>();
  private readonly related = new Map<string, CrosswalkEntry[]>();

  constructor(packs: FrameworkPack[], crosswalk: CrosswalkEntry[] = []) {
    this.frameworks = packs.map((p) => p.framework);
    this.items = packs.flatMap((p) => [...p.items].sort((a, b) => a.order - b.order));
    for (const item of this.items) {
      this.byId.set(item.id, item);
      if (item.parentId) {
        const siblings = this.childrenOf.get(item.parentId) ?? [];
        siblings.push(item);
        this.childrenOf.set(item.parentId, siblings);
      }
    }
    for (const entry of crosswalk) {
      if (!this.byId.has(entry.from) || !this.byId.has(entry.to)) continue;
      for (const [a, b] of [[entry.from, entry.to], [entry.to, entry.from]] as const) {
        const list = this.related.get(a) ?? [];
        list.push({ ...entry, from: a, to: b });
        this.related.set(a, list);
      }
    }
  }

  has = (id: string): boolean => this.byId.has(id);

  item(id: string): FrameworkItem | undefined {
    return this.byId.get(id);
  }

  framework(id: string): Framework | undefined {
    return this.frameworks.find((f) => f.id === id);
  }

  itemsOf(frameworkId: string): FrameworkItem[] {
    return this.items.filter((i) => i.frameworkId === frameworkId);
  }

  children(id: string): FrameworkItem[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The top-level item an item belongs to (a target's goal, an action's article), or itself. */
  root(id: string): FrameworkItem | undefined {
    let item = this.byId.get(id);
    while (item?.parentId && this.byId.has(item.parentId)) item = this.byId.get(item.parentId);
    return item;
  }

  /** Crosswalk entries from this item, each oriented so that `from` is this item. */
  relatedTo(id: string): CrosswalkEntry[] {
    return this.related.get(id) ?? [];
  }
}
