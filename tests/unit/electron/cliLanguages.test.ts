import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/hrmap';

/** Runs `hrmap` in-process with its own environment (so the machine's LANG does not leak in). */
async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hrmap-cli-lang-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hrmap speaks French and Spanish on every command', () => {
  it('help lists every command with its usage and summary in the chosen language', async () => {
    const fr = await run(['--help', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.out).toMatch(/^hrmap : HRMap en ligne de commande\n\nCommandes :/);
    expect(fr.out).toContain('hrmap validate ESPACE_DE_TRAVAIL [--lang en|fr|es]');
    expect(fr.out).toContain('Vérifier un fichier d’espace de travail');
    expect(fr.out).toContain('hrmap import FICHIER.xlsx|FICHIER.csv --into ESPACE_DE_TRAVAIL');
    expect(fr.out).not.toMatch(/\bWORKSPACE\b|Commands:/);

    // No --lang: HRMAP_LANG, then the locale variables, decide.
    const es = await run(['--help'], { LANG: 'es_MX.UTF-8' });
    expect(es.out).toMatch(/^hrmap: HRMap en la línea de comandos\n\nComandos:/);
    expect(es.out).toContain('hrmap report ESPACIO_DE_TRABAJO --out ARCHIVO.xlsx');
    expect((await run(['--help'], { HRMAP_LANG: 'fr', LANG: 'es_ES.UTF-8' })).out).toContain('Commandes :');
  });

  it('one command’s --help, an unknown command and usage errors follow the language', async () => {
    const help = await run(['search', '--help', '--lang', 'es']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^uso: hrmap search CONSULTA /);

    const unknown = await run(['sarch', '--lang', 'fr']);
    expect(unknown).toMatchObject({ code: 2, err: 'hrmap: commande inconnue « sarch ». Lancez « hrmap --help ».' });

    const option = await run(['demo', '--colour', '--lang', 'es']);
    expect(option.code).toBe(2);
    expect(option.err).toBe(`hrmap demo: opción desconocida «--colour»\nuso: hrmap demo [--policies N] [--seed S] --out ARCHIVO [--lang en|fr|es]`);

    const missing = await run(['search', '--lang', 'fr', '--limit']);
    expect(missing.err).toMatch(/^hrmap search: l’option « --limit » demande une valeur\nusage : hrmap search REQUÊTE/);

    const badLang = await run(['validate', 'x.json', '--lang', 'de'], { LANG: 'fr_FR.UTF-8' });
    expect(badLang.code).toBe(2);
    expect(badLang.err).toMatch(/^hrmap validate: « de » n’est pas une langue : utilisez en, fr ou es\nusage : hrmap validate/);
  });

  it('demo and validate take --lang, and counts are written the language’s way', async () => {
    const file = join(dir, 'demo.hrmap.json');
    const demo = await run(['demo', '--policies', '10000', '--seed', '3', '--out', file, '--lang', 'fr']);
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(new RegExp(`^10\u202f000 politiques et \\d{2}\u202f\\d{3} liens écrits dans ${file.replace(/[.]/g, '\\.')}\\.$`));

    const valid = await run(['validate', file, '--lang', 'es']);
    expect(valid.code, valid.err).toBe(0);
    expect(valid.out).toMatch(/: espacio de trabajo válido \(10\.000 políticas, \d{2}\.\d{3} vínculos, 0 cambios en el historial\)\.$/);
    // Spanish groups digits from five up (2000, but 10.000); French from four (2 000).
    expect((await run(['demo', '--policies', '2000', '--out', file, '--lang', 'es'])).out).toMatch(/^Se escribieron 2000 políticas/);
    expect((await run(['demo', '--policies', '2000', '--out', file, '--lang', 'fr'])).out).toMatch(/^2\u202f000 politiques/);
  });

  it('validate words a damaged or missing file in the language, not in the parser’s English', async () => {
    const broken = join(dir, 'broken.hrmap.json');
    await writeFile(broken, '{"format":"hrmap-workspace","version":1,"pol');
    const fr = await run(['validate', broken, '--lang', 'fr']);
    expect(fr.code).toBe(1);
    expect(fr.err).toBe(`Impossible de lire ${broken} : Ce n’est pas un fichier d’espace de travail : le JSON est illisible à la ligne 1, colonne 45.`);

    const invalid = join(dir, 'invalid.hrmap.json');
    await writeFile(invalid, JSON.stringify({ format: 'hrmap-workspace', version: 1, name: 'x', savedAt: 'x', policies: [{ id: 'p1' }], links: [] }));
    const es = await run(['validate', invalid, '--lang', 'es']);
    expect(es.err).toMatch(/El archivo de espacio de trabajo está dañado o no es válido: policies\.0\.title: falta; /);

    const gone = join(dir, 'gone.hrmap.json');
    expect((await run(['stats', gone, '--lang', 'fr'])).err).toBe(`hrmap stats: ${gone} : fichier ou dossier introuvable`);
  });

  it('import takes --lang for its usage errors and its messages', async () => {
    const noInto = await run(['import', 'policies.csv', '--lang', 'es']);
    expect(noInto.code).toBe(2);
    expect(noInto.err).toMatch(/^hrmap import: indique el espacio de trabajo de destino con --into ESPACIO_DE_TRABAJO\.\nuso: hrmap import ARCHIVO/);
    const csv = join(dir, 'two.csv');
    await writeFile(csv, 'title,city\nAgua para todos,Bogotá\nVivienda digna,Quito\n');
    const into = join(dir, 'into.hrmap.json');
    const done = await run(['import', csv, '--into', into, '--lang', 'fr']);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('Import depuis two.csv : 2 ajoutées, 0 mises à jour, 0 ignorées, 0 liens.');
  });

  it('scores use the decimal comma in French and Spanish tables; --json stays machine-readable', async () => {
    const fr = await run(['search', 'logement', '--lang', 'fr', '--limit', '3']);
    const scores = fr.out.split('\n').slice(2).map((line) => line.trim().split(/\s+/).at(-1));
    expect(scores).toHaveLength(3);
    for (const score of scores) expect(score).toMatch(/^[01],\d\d$/);
    const es = await run(['suggest', '--title', 'agua potable', '--lang', 'es', '--limit', '2']);
    expect(es.out.split('\n')[0]).toMatch(/^Elemento\s+Marco\s+Título\s+Puntuación\s+Por qué$/);
    expect(es.out.split('\n')[2]).toMatch(/\s[01],\d\d\s+Coincide con/);
    const json = JSON.parse((await run(['search', 'logement', '--lang', 'fr', '--limit', '3', '--json'])).out) as { score: number }[];
    for (const hit of json) expect(typeof hit.score).toBe('number');
  });

  it('the installed command reads the language from the environment of a real process', () => {
    const bin = resolve(import.meta.dirname, '../../../bin/hrmap.mjs');
    const result = spawnSync(process.execPath, [bin, 'validate', join(dir, 'nowhere.hrmap.json')], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', LANG: 'es_ES.UTF-8' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${join(dir, 'nowhere.hrmap.json')}: no existe el archivo o la carpeta`);
  });
});
