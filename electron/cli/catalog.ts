import { builtinCatalog } from '../../shared/frameworks/builtin';

/** Whether an item id names an item of the built-in frameworks (what the app ships with). */
export function knownItem(): (itemId: string) => boolean {
  return builtinCatalog().has;
}

/** The frameworks and versions links refer to, recorded in workspace files. */
export function frameworkVersions(): { id: string; version: string }[] {
  return builtinCatalog().frameworks.map((f) => ({ id: f.id, version: f.version }));
}
