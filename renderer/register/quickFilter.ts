import { RIGHTS_HOLDER_GROUPS } from '../../shared/model/groups';
import { foldText } from '../../shared/model/policyEdit';
import { itemsOfFramework, type RegisterRow } from './registerRows';

/** The words a row's text is searched for, in the UI language; each lookup is asked once per code and cached. */
export interface QuickFilterLabels {
  region(id: string): string;
  status(id: string): string;
  group(id: string): string;
  /** The chip text of a framework item (its code, or its short title for a preamble or provision). */
  item(itemId: string): string;
}

/** The framework columns, in order, and the order of items within a column. */
export interface QuickFilterFrameworks {
  ids: readonly string[];
  order(itemId: string): number;
}

/**
 * The register's quick filter ("Filter policies"), with the grid's own rules: the typed text is split on spaces and
 * a row passes when every part occurs, ignoring case and accents ("bogota" finds Bogotá), in the text of one of its cells (title, the chips of
 * every framework, city, country, region, sector, status, start year, description, rights-holder groups).
 *
 * A row's text is built once and kept with the row object: rows are immutable (a change makes a new one), so a
 * cached text is never stale, and keystrokes cost one `includes` per part per row.
 */
export class QuickFilterText {
  private readonly texts = new WeakMap<RegisterRow, string>();
  private readonly labels: QuickFilterLabels;

  constructor(
    labels: QuickFilterLabels,
    private readonly frameworks: QuickFilterFrameworks,
  ) {
    this.labels = cached(labels);
  }

  /** The row's searchable text, folded (lower case, no accents); cells are separated by a newline, which no typed part contains. */
  of(row: RegisterRow): string {
    let text = this.texts.get(row);
    if (text === undefined) {
      text = this.build(row);
      this.texts.set(row, text);
    }
    return text;
  }

  private build(row: RegisterRow): string {
    const { labels, frameworks } = this;
    // The cells as the grid shows them: each framework's chips in its order, "a, b"; groups in the list's order.
    const parts: string[] = [row.title];
    if (row.links.length) for (const id of frameworks.ids) parts.push(itemsOfFramework(row.links, id, frameworks.order).map(labels.item).join(', '));
    parts.push(row.city, row.country, row.region ? labels.region(row.region) : '', row.sector, row.status ? labels.status(row.status) : '');
    if (row.startYear !== null) parts.push(String(row.startYear));
    parts.push(row.description);
    if (row.groups.length) parts.push(RIGHTS_HOLDER_GROUPS.filter((g) => row.groups.includes(g)).map(labels.group).join(' '));
    return foldText(parts.join('\n'));
  }
}

/** The parts of a typed quick filter, folded like the row texts (null: no filter). */
export function quickFilterParts(typed: string): string[] | null {
  const parts = foldText(typed).split(/\s+/).filter(Boolean);
  return parts.length ? parts : null;
}

/** Whether a row's text (from `QuickFilterText.of`) holds every part. */
export function quickFilterPasses(text: string, parts: readonly string[]): boolean {
  for (const part of parts) if (!text.includes(part)) return false;
  return true;
}

function cached(labels: QuickFilterLabels): QuickFilterLabels {
  const memo = (lookup: (id: string) => string) => {
    const known = new Map<string, string>();
    return (id: string) => {
      let label = known.get(id);
      if (label === undefined) {
        label = lookup(id);
        known.set(id, label);
      }
      return label;
    };
  };
  return { region: memo(labels.region), status: memo(labels.status), group: memo(labels.group), item: memo(labels.item) };
}
