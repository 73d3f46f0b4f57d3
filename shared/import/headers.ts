import type { FrameworkHint } from '../frameworks/codeRef';
import { CATALOGUES } from '../i18n/catalogues';
import { LANGS } from '../model/lang';
import { POLICY_FIELDS, type PolicyField } from '../model/policy';
import { foldText } from '../model/policyEdit';

/** What a column of the file becomes. `codes:*` columns hold framework references such as "6.1; 11.1". */
export type ColumnTarget = PolicyField | 'groups' | 'id' | `codes:${FrameworkHint}` | 'codes:any' | 'ignore';

export const COLUMN_TARGETS: ColumnTarget[] = [...POLICY_FIELDS, 'groups', 'id', 'codes:charter', 'codes:udhr', 'codes:sdg', 'codes:any', 'ignore'];

/** Header words in English, French and Spanish (folded: lower case, no accents, punctuation as spaces). */
const ALIASES: Record<Exclude<ColumnTarget, 'ignore'>, string[]> = {
  title: ['title', 'titre', 'titulo', 'policy', 'policy title', 'policy name', 'name', 'nom', 'nombre', 'politique', 'politica', 'intitule', 'programme', 'program', 'programa', 'nom de la politique', 'nombre de la politica', 'titre de la politique', 'titulo de la politica'],
  city: ['city', 'ville', 'ciudad', 'municipio', 'municipality', 'municipalite', 'commune', 'town', 'city or territory', 'ville ou territoire', 'ciudad o territorio', 'territory', 'territoire', 'territorio', 'local government', 'collectivite', 'collectivite locale', 'gobierno local', 'localidad', 'city territory'],
  country: ['country', 'pays', 'pais', 'nation'],
  region: ['region', 'uclg region', 'region cglu', 'world region', 'section', 'regional section', 'section regionale', 'seccion regional'],
  sector: ['sector', 'secteur', 'theme', 'thematique', 'tema', 'area', 'domaine', 'ambito', 'policy area', 'field', 'topic'],
  status: ['status', 'statut', 'estado', 'etat', 'situation', 'stage', 'etape', 'fase'],
  startYear: ['start year', 'year', 'annee', 'ano', 'annee de debut', 'ano de inicio', 'since', 'depuis', 'desde', 'start', 'debut', 'inicio', 'year started', 'starting year', 'adopted', 'year adopted', 'annee d adoption', 'ano de adopcion'],
  description: ['description', 'descripcion', 'summary', 'resume', 'resumen', 'details', 'detalles', 'detail', 'detalle', 'notes'],
  groups: ['rights holders', 'rights holder groups', 'rights holder group', 'titulaires de droits', 'groupes de titulaires de droits', 'titulares de derechos', 'grupos de titulares de derechos', 'groups', 'groupes', 'grupos', 'beneficiaries', 'beneficiaires', 'beneficiarios', 'target groups', 'groupes cibles', 'grupos destinatarios', 'population', 'poblacion'],
  id: ['id', 'policy id', 'identifiant', 'identificador', 'id de la politique', 'id de la politica', 'reference id'],
  'codes:charter': ['charter', 'charte', 'carta', 'cgah', 'charter agenda', 'charte agenda', 'carta agenda', 'global charter agenda'],
  'codes:udhr': ['udhr', 'dudh', 'human rights', 'droits de l homme', 'derechos humanos', 'universal declaration'],
  'codes:sdg': ['sdg', 'sdgs', 'odd', 'ods', 'sustainable development goals', 'objectifs de developpement durable', 'objetivos de desarrollo sostenible', 'goals', 'targets'],
  'codes:any': ['codes', 'code', 'references', 'reference', 'referencias', 'mapping', 'mappings', 'correspondances', 'correspondencias', 'links', 'liens', 'vinculos', 'items', 'elements', 'elementos', 'mapped items', 'mapped to'],
};

/** Words that may surround a framework name in a header: "SDG targets", "Codes ODD", "Charter codes". */
const CODE_WORDS = /\b(codes?|targets?|cibles?|metas?|articles?|articulos?|actions?|acciones|goals?|objectifs?|objetivos?|items?|elements?|elementos?|mapped|mapping|references?|referencias?|n[o°])\b/g;

function fold(header: string): string {
  return foldText(header).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every way a column can be headed, from our aliases and the column names of the register and the report. */
const LOOKUP: Map<string, ColumnTarget> = buildLookup();

function buildLookup(): Map<string, ColumnTarget> {
  const map = new Map<string, ColumnTarget>();
  for (const lang of LANGS) {
    const catalogue = CATALOGUES[lang] as Record<string, unknown>;
    for (const ns of Object.values(catalogue)) {
      const columns = (ns as { columns?: Record<string, unknown> }).columns;
      if (!columns) continue;
      for (const target of [...POLICY_FIELDS, 'groups', 'id'] as const) {
        const name = columns[target];
        if (typeof name === 'string' && !map.has(fold(name))) map.set(fold(name), target);
      }
    }
  }
  for (const [target, words] of Object.entries(ALIASES) as [ColumnTarget, string[]][]) for (const w of words) map.set(w, target);
  return map;
}

/** The target one header names, or 'ignore'. Framework columns are recognised inside longer headers too. */
export function matchHeader(header: string): ColumnTarget {
  const key = fold(header);
  if (!key) return 'ignore';
  const exact = LOOKUP.get(key);
  if (exact) return exact;
  const framework = frameworkOf(key);
  if (framework) return `codes:${framework}`;
  const stripped = key.replace(CODE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (stripped !== key) return LOOKUP.get(stripped) ?? (stripped === '' ? 'codes:any' : 'ignore');
  return 'ignore';
}

/** The framework a text names ("Objectifs de développement durable", "UDHR"), in any of our languages. */
export function frameworkNamed(text: string): FrameworkHint | null {
  return frameworkOf(fold(text));
}

/** Spots a framework's name anywhere in a header, in any of our languages ("Global Charter-Agenda … codes"). */
function frameworkOf(key: string): FrameworkHint | null {
  const words = ` ${key} `;
  if (/ (charter|charte|carta|cgah) /.test(words)) return 'charter';
  if (/ (udhr|dudh|declaration|declaracion) /.test(words)) return 'udhr';
  if (/ (sdgs?|odd|ods) /.test(words) || /(sustainable development|developpement durable|desarrollo sostenible)/.test(key)) return 'sdg';
  return null;
}

/**
 * Proposes a target for every column. A field goes to its first matching column only (later ones are
 * ignored, so nothing is read twice); code columns may repeat ("SDG 1", "SDG 2").
 */
export function matchHeaders(headers: readonly string[]): ColumnTarget[] {
  const used = new Set<ColumnTarget>();
  return headers.map((header) => {
    const target = matchHeader(header);
    if (target === 'ignore' || target.startsWith('codes:')) return target;
    if (used.has(target)) return 'ignore';
    used.add(target);
    return target;
  });
}
