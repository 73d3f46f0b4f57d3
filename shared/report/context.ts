import type { FrameworkCatalog } from '../frameworks/catalog';
import type { Translate } from '../i18n/translate';
import type { FrameworkItem } from '../model/framework';
import { splitItemId } from '../model/framework';
import { pickText, type Lang } from '../model/lang';
import type { Link } from '../model/link';
import type { Policy } from '../model/policy';
import type { ReportColumn } from './model';
import { policiesInScope, type ReportScope } from './scope';

/** What a report is made from: a workspace's name, policies and links (a workspace file or the app's database). */
export interface ReportInput {
  name: string;
  policies: readonly Policy[];
  links: readonly Link[];
}

export interface ItemInfo {
  frameworkId: string;
  framework: string;
  code: string;
  title: string;
}

/** A framework as the report lists it; a link to a framework the catalogue lacks still gets a column. */
export interface ReportFramework {
  id: string;
  name: string;
}

/**
 * Everything the sheet builders share, computed once: the policies in scope, their links grouped by policy,
 * each linked item's top-level item (article or goal), and labels in the report's language.
 */
export class ReportContext {
  readonly policies: Policy[];
  /** Links of the policies in scope, in the order of the policies. */
  readonly links: Link[];
  readonly linksByPolicy = new Map<string, Link[]>();
  readonly frameworks: ReportFramework[];
  private readonly rootIds = new Map<string, string>();
  private readonly itemRank = new Map<string, number>();
  /** Labels are asked for once per row; i18next is not made for that, so each is translated once. */
  private readonly labels = new Map<string, string>();
  private readonly items = new Map<string, ItemInfo>();

  constructor(
    readonly input: ReportInput,
    readonly catalog: FrameworkCatalog,
    readonly scope: ReportScope,
    readonly lang: Lang,
    readonly t: Translate,
  ) {
    this.policies = policiesInScope(input.policies, scope);
    for (const p of this.policies) this.linksByPolicy.set(p.id, []);
    for (const link of input.links) this.linksByPolicy.get(link.policyId)?.push(link);
    this.links = this.policies.flatMap((p) => this.linksByPolicy.get(p.id)!);
    const known = new Set(catalog.frameworks.map((f) => f.id));
    const extra = new Set<string>();
    for (const link of this.links) {
      const { frameworkId } = splitItemId(link.itemId);
      if (!known.has(frameworkId)) extra.add(frameworkId);
    }
    catalog.items.forEach((item, index) => this.itemRank.set(item.id, index));
    this.frameworks = [
      ...catalog.frameworks.map((f) => ({ id: f.id, name: pickText(f.name, lang).value || f.id })),
      ...[...extra].sort().map((id) => ({ id, name: id })),
    ];
  }

  /** The article or goal an item belongs to (`sdg:6.1` -> `sdg:6`); the item's own id when the catalogue lacks it. */
  rootId(itemId: string): string {
    let root = this.rootIds.get(itemId);
    if (root === undefined) {
      root = this.catalog.root(itemId)?.id ?? itemId;
      this.rootIds.set(itemId, root);
    }
    return root;
  }

  /** Item ids in framework order (catalogue order; unknown items last, by id). */
  sortItemIds(ids: Iterable<string>): string[] {
    const rank = (id: string) => this.itemRank.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...ids].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The top-level items the matrix and the summary use: the Charter's articles I to XII and the 17 SDGs. */
  matrixItems(): FrameworkItem[] {
    const top = (frameworkId: string, kind: FrameworkItem['kind']) =>
      this.catalog.itemsOf(frameworkId).filter((i) => i.parentId === null && i.kind === kind);
    return [...top('charter', 'article'), ...top('sdg', 'goal')];
  }

  /** A translated label, looked up once per report. */
  label(key: string, options?: Record<string, string | number>): string {
    const cacheKey = options ? `${key}|${JSON.stringify(options)}` : key;
    let text = this.labels.get(cacheKey);
    if (text === undefined) {
      text = this.t(key, options);
      this.labels.set(cacheKey, text);
    }
    return text;
  }

  /** A column headed by `report:columns.<key>`; `userText` marks cells that hold what users typed (written as plain text). */
  column(key: string, kind: ReportColumn['kind'], userText = false, width: number = WIDTH[kind]): ReportColumn {
    return { header: this.t(`report:columns.${key}`), kind, width, userText };
  }

  /** What rows show of a linked item, worked out once per item (a large register has 100,000 links to a few hundred items). */
  itemInfo(itemId: string): ItemInfo {
    let info = this.items.get(itemId);
    if (!info) {
      const item = this.catalog.item(itemId);
      const { frameworkId, code } = splitItemId(itemId);
      info = {
        frameworkId,
        framework: this.frameworkName(frameworkId),
        code: item?.code ?? code,
        title: item ? this.localized(item.title) : '',
      };
      this.items.set(itemId, info);
    }
    return info;
  }

  frameworkName(frameworkId: string): string {
    return this.frameworks.find((f) => f.id === frameworkId)?.name ?? frameworkId;
  }

  /** The code people read ("XI.2", "6.1", "25"), from the catalogue or from the id. */
  code(itemId: string): string {
    return this.itemInfo(itemId).code;
  }

  /** An item's text in the report's language; English with a visible marker where no translation exists. */
  localized(text: FrameworkItem['title'] | undefined): string {
    const picked = pickText(text, this.lang);
    return picked.fallback ? this.t('report:untranslated', { text: picked.value }) : picked.value;
  }

  itemTitle(itemId: string): string {
    return this.itemInfo(itemId).title;
  }

  // Labels asked for on every row (region, status, strength), kept by their id: no key to build per cell.
  private readonly regionLabels = new Map<string, string>();
  private readonly statusLabels = new Map<string, string>();
  private readonly strengthLabels = new Map<string, string>();

  region(region: string): string {
    return cached(this.regionLabels, region, () => this.label(region ? `common:regions.${region}` : 'report:noRegion'));
  }

  status(status: string): string {
    return cached(this.statusLabels, status, () => (status ? this.label(`common:statuses.${status}`) : ''));
  }

  strength(strength: Link['strength']): string {
    return cached(this.strengthLabels, strength, () => this.label(`report:strength.${strength}`));
  }

  /** The workspace's name, or "Untitled workspace" in the report's language when it has none. */
  workspaceName(): string {
    return this.input.name.trim() || this.t('report:untitledWorkspace');
  }

  /** The scope in words, for the Summary and the document's description. */
  scopeLabel(): string {
    switch (this.scope.kind) {
      case 'all':
        return this.t('report:scope.all');
      case 'policies':
        return this.t('report:scope.filter', { count: this.policies.length });
      case 'city':
        return this.t('report:scope.city', { name: this.scope.name });
      case 'region':
        return this.t('report:scope.region', { name: this.region(this.scope.region) });
    }
  }
}

function cached(labels: Map<string, string>, id: string, make: () => string): string {
  let text = labels.get(id);
  if (text === undefined) labels.set(id, (text = make()));
  return text;
}

/** Column widths by kind, in characters; a sheet overrides them where its content says otherwise. */
export const WIDTH = { id: 14, text: 24, longText: 60, code: 16, count: 11, share: 12, mark: 5, year: 10, date: 21 } as const;
