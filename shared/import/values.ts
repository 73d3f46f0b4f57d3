import { CATALOGUES } from '../i18n/catalogues';
import { RIGHTS_HOLDER_GROUPS, type RightsHolderGroup } from '../model/groups';
import { LANGS } from '../model/lang';
import { POLICY_STATUSES, REGIONS, type PolicyStatus, type RegionId } from '../model/policy';
import { foldText } from '../model/policyEdit';

/**
 * Names of statuses, regions and rights-holder groups as they appear in files: ids, or their names in any of
 * our catalogues and languages (so our own reports, in any language, come back in).
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

/** Other ways questionnaires write statuses and groups, in English, French and Spanish. */
const STATUS_WORDS: Record<PolicyStatus, string[]> = {
  planned: ['planned', 'prevu', 'prevue', 'planifie', 'planifiee', 'a venir', 'previsto', 'prevista', 'planificado', 'planificada', 'proposed', 'draft', 'projet', 'proyecto'],
  'in-progress': ['in progress', 'ongoing', 'active', 'current', 'en cours', 'en curso', 'en marcha', 'en ejecucion', 'vigente', 'implementation', 'mise en oeuvre'],
  completed: ['completed', 'complete', 'done', 'finished', 'ended', 'acheve', 'achevee', 'termine', 'terminee', 'fini', 'finalise', 'finalisee', 'finalizado', 'finalizada', 'completado', 'completada', 'terminado', 'terminada', 'concluido', 'concluida'],
  suspended: ['suspended', 'on hold', 'paused', 'stopped', 'suspendu', 'suspendue', 'interrompu', 'interrompue', 'suspendido', 'suspendida', 'en pausa', 'detenido'],
};
const GROUP_WORDS: Record<RightsHolderGroup, string[]> = {
  'all-residents': ['all residents', 'everyone', 'all', 'general public', 'tous les habitants', 'toute la population', 'ensemble des habitants', 'todos los habitantes', 'toda la poblacion', 'todas las personas'],
  'women-girls': ['women and girls', 'women', 'girls', 'femmes et filles', 'femmes', 'mujeres y ninas', 'mujeres'],
  'children-youth': ['children and youth', 'children', 'youth', 'young people', 'enfants et jeunes', 'enfants', 'jeunes', 'jeunesse', 'ninos ninas y jovenes', 'ninez y juventud', 'ninos', 'jovenes', 'infancia'],
  'older-persons': ['older persons', 'older people', 'elderly', 'seniors', 'personnes agees', 'aines', 'personas mayores', 'adultos mayores'],
  disabilities: ['persons with disabilities', 'people with disabilities', 'disability', 'personnes handicapees', 'personnes en situation de handicap', 'handicap', 'personas con discapacidad', 'discapacidad'],
  migrants: ['migrants', 'migrant workers', 'immigrants', 'personnes migrantes', 'migrantes', 'personas migrantes', 'inmigrantes'],
  refugees: ['refugees', 'asylum seekers', 'refugies', 'demandeurs d asile', 'personnes refugiees', 'refugiados', 'personas refugiadas', 'solicitantes de asilo'],
  idps: ['internally displaced persons', 'idps', 'displaced persons', 'personnes deplacees', 'personnes deplacees internes', 'desplazados internos', 'personas desplazadas'],
  indigenous: ['indigenous peoples', 'indigenous', 'peuples autochtones', 'autochtones', 'pueblos indigenas', 'indigenas'],
  minorities: ['minorities', 'ethnic minorities', 'minorites', 'minorias'],
  lgbti: ['lgbti', 'lgbti persons', 'lgbt', 'lgbtiq', 'personnes lgbti', 'personas lgbti'],
  poverty: ['people living in poverty', 'persons living in poverty', 'poverty', 'low income households', 'the poor', 'personnes en situation de pauvrete', 'personnes vivant dans la pauvrete', 'pauvrete', 'menages a faible revenu', 'personas en situacion de pobreza', 'personas que viven en la pobreza', 'pobreza'],
  homeless: ['homeless people', 'homeless', 'people experiencing homelessness', 'personnes sans abri', 'sans abri', 'sans domicile', 'personas sin hogar', 'sin hogar', 'personas en situacion de calle'],
  'human-rights-defenders': ['human rights defenders', 'defenders', 'defenseurs des droits humains', 'defenseurs des droits de l homme', 'defensores de derechos humanos', 'personas defensoras de derechos humanos'],
};

function withWords<T extends string>(map: Map<string, T>, words: Record<T, string[]>): Map<string, T> {
  for (const [id, list] of Object.entries(words) as [T, string[]][]) for (const w of list) if (!map.has(w)) map.set(w, id);
  return map;
}

const STATUS_NAMES = withWords(namesOf(POLICY_STATUSES, 'statuses'), STATUS_WORDS);
const REGION_NAMES = namesOf(REGIONS, 'regions');
const GROUP_NAMES = withWords(namesOf(RIGHTS_HOLDER_GROUPS, 'groups'), GROUP_WORDS);

/** The status id a cell names ("En cours", "in progress", "Completado"), the cell itself when none does. */
export function statusFromCell(cell: string): PolicyStatus | string {
  return STATUS_NAMES.get(key(cell)) ?? cell;
}

/** The region id a cell names in any of our catalogues, the cell itself when none does. */
export function regionFromCell(cell: string): RegionId | string {
  return REGION_NAMES.get(key(cell)) ?? cell;
}

/** Splits a groups cell ("Women and girls; Migrants") into ids, and what it could not read. */
export function groupsFromCell(cell: string): { groups: RightsHolderGroup[]; unknown: string[] } {
  const groups: RightsHolderGroup[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;|\n\r]+/).map((s) => s.trim()).filter(Boolean)) {
    // Commas split too, unless they belong to a group's name.
    const pieces = GROUP_NAMES.has(key(part)) ? [part] : part.split(',').map((s) => s.trim()).filter(Boolean);
    for (const piece of pieces) {
      const id = GROUP_NAMES.get(key(piece));
      if (id) {
        if (!groups.includes(id)) groups.push(id);
      } else unknown.push(piece);
    }
  }
  return { groups, unknown };
}

/** A start year from what spreadsheets hold: 2024, "2024", a date "2024-03-01", or a float 2024.0. */
export function yearFromCell(cell: string): string {
  const text = cell.trim();
  const date = /^(\d{4})-\d{2}-\d{2}(T.*)?$/.exec(text);
  if (date) return date[1]!;
  if (/^\d{4}\.0+$/.test(text)) return text.slice(0, 4);
  return text;
}
