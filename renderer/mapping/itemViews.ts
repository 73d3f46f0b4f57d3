import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { FrameworkItem } from '../../shared/model/framework';
import { pickText, type Lang } from '../../shared/model/lang';
import type { ChipView, MultiSelectOption } from '../ui/MultiSelect';

/** The short code shown on a chip: "XI", "6.1", "25"; a preamble or provision shows its short title. */
export function itemCode(item: FrameworkItem, lang: Lang): string {
  return item.kind === 'preamble' || item.kind === 'provision' ? pickText(item.title, lang).value : item.code;
}

/**
 * A chip for an item id: code, with the title on hover in the UI language; `untranslated` when that title
 * (or a preamble's label) is the English fallback, so the chip shows the marker. Unknown ids show as they are.
 */
export function itemChip(catalog: FrameworkCatalog, lang: Lang, id: string): ChipView {
  const item = catalog.item(id);
  if (!item) return { label: id, title: id };
  const title = pickText(item.title, lang);
  return { label: itemCode(item, lang), title: `${itemCode(item, lang)} · ${title.value}`, untranslated: title.fallback };
}

export function itemOption(item: FrameworkItem, lang: Lang): MultiSelectOption {
  const title = pickText(item.title, lang);
  return { id: item.id, label: itemCode(item, lang), detail: title.value, untranslated: title.fallback };
}

/** A framework's display name in the UI language, its short column name when the catalogue has one. */
export function frameworkName(catalog: FrameworkCatalog, frameworkId: string, lang: Lang): string {
  return pickText(catalog.framework(frameworkId)?.name, lang).value || frameworkId;
}
