import charterJson from '../../resources/frameworks/charter.json';
import crosswalkJson from '../../resources/frameworks/crosswalk.json';
import udhrJson from '../../resources/frameworks/generated/udhr.json';
import sdgJson from '../../resources/frameworks/sdg.json';
import type { CrosswalkEntry, FrameworkPack } from '../model/framework';
import { FrameworkCatalog } from './catalog';
import { parseCrosswalk, parseFrameworkPack } from './packSchema';

/**
 * The frameworks HRMap ships: the Charter-Agenda and the SDGs (codes, names and summaries in our words),
 * the UDHR (official text from the `udhr` package, generated at build time), and the crosswalk.
 * Validated on first use, so a broken data file fails loudly rather than showing half a framework.
 */
let packs: FrameworkPack[] | null = null;
let crosswalk: CrosswalkEntry[] | null = null;
let catalog: FrameworkCatalog | null = null;

export function builtinPacks(): FrameworkPack[] {
  packs ??= [charterJson, udhrJson, sdgJson].map(parseFrameworkPack);
  return packs;
}

export function builtinCrosswalk(): CrosswalkEntry[] {
  crosswalk ??= parseCrosswalk(crosswalkJson);
  return crosswalk;
}

/** One shared catalogue of the built-in frameworks and crosswalk. */
export function builtinCatalog(): FrameworkCatalog {
  catalog ??= new FrameworkCatalog(builtinPacks(), builtinCrosswalk());
  return catalog;
}
