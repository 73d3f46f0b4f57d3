import { CATALOGUES } from '../i18n/catalogues';
import { LANGS } from '../model/lang';
import { POLICY_STATUSES, REGIONS, type PolicyStatus, type RegionId } from '../model/policy';
import { foldText } from '../model/policyEdit';

/**
 * Names of statuses, regions and rights-holder groups as they appear in files: ids, or their names in any of
 * our catalogues and languages (so our own reports, in any language, come back in). Groups use the shared
 * reader (shared/model/groupsText.ts).
 */
function key(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

function namesOf<T extends string>(ids: readonly T[], section: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(key(id), id);
    map.set(key(id.replace(/-/g, ' ')), id);
  }
  for (const lang of LANGS) {
    for (const ns of Object.values(CATALOGUES[lang] as Record<string, unknown>)) {
      const names = (ns as Record<string, unknown>)[section];
      if (typeof names !== 'object' || names === null) continue;
      for (const id of ids) {
        const name = (names as Record<string, unknown>)[id];
        if (typeof name === 'string') map.set(key(name), id);
      }
    }
  }
  return map;
}

/** Other ways questionnaires write statuses, in English, French and Spanish. */
const STATUS_WORDS: Record<PolicyStatus, string[]> = {
  planned: ['planned', 'prevu', 'prevue', 'planifie', 'planifiee', 'a venir', 'previsto', 'prevista', 'planificado', 'planificada', 'proposed', 'draft', 'projet', 'proyecto'],
  'in-progress': ['in progress', 'ongoing', 'active', 'current', 'en cours', 'en curso', 'en marcha', 'en ejecucion', 'vigente', 'implementation', 'mise en oeuvre'],
  completed: ['completed', 'complete', 'done', 'finished', 'ended', 'acheve', 'achevee', 'termine', 'terminee', 'fini', 'finalise', 'finalisee', 'finalizado', 'finalizada', 'completado', 'completada', 'terminado', 'terminada', 'concluido', 'concluida'],
  suspended: ['suspended', 'on hold', 'paused', 'stopped', 'suspendu', 'suspendue', 'interrompu', 'interrompue', 'suspendido', 'suspendida', 'en pausa', 'detenido'],
};
function withWords<T extends string>(map: Map<string, T>, words: Record<T, string[]>): Map<string, T> {
  for (const [id, list] of Object.entries(words) as [T, string[]][]) for (const w of list) if (!map.has(w)) map.set(w, id);
  return map;
}

const STATUS_NAMES = withWords(namesOf(POLICY_STATUSES, 'statuses'), STATUS_WORDS);
const REGION_NAMES = namesOf(REGIONS, 'regions');

/** The status id a cell names ("En cours", "in progress", "Completado"), the cell itself when none does. */
export function statusFromCell(cell: string): PolicyStatus | string {
  return STATUS_NAMES.get(key(cell)) ?? cell;
}

/** The region id a cell names in any of our catalogues, the cell itself when none does. */
export function regionFromCell(cell: string): RegionId | string {
  return REGION_NAMES.get(key(cell)) ?? cell;
}

/** A start year from what spreadsheets hold: 2024, "2024", a date "2024-03-01", or a float 2024.0. */
export function yearFromCell(cell: string): string {
  const text = cell.trim();
  const date = /^(\d{4})-\d{2}-\d{2}(T.*)?$/.exec(text);
  if (date) return date[1]!;
  if (/^\d{4}\.0+$/.test(text)) return text.slice(0, 4);
  return text;
}
