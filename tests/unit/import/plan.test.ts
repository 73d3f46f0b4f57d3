import { describe, expect, it } from 'vitest';
import { matchHeader, matchHeaders } from '../../../shared/import/headers';
import { ImportFileError } from '../../../shared/import/limits';
import { applyPlanToWorkspace, importOps } from '../../../shared/import/apply';
import { emptyWorkspace } from '../../../shared/workspace/serialize';
import { fixture, planBytes } from './helpers';

describe('header matching in English, French and Spanish', () => {
  it.each([
    ['City', 'city'], ['Ville', 'city'], ['Ciudad', 'city'], ['Municipio', 'city'], ['City or territory', 'city'],
    ['Title', 'title'], ['Titre', 'title'], ['Título', 'title'],
    ['Rights-holders', 'groups'], ['Titulaires de droits', 'groups'], ['Titulares de derechos', 'groups'], ['Rights-holder groups', 'groups'],
    ['SDG', 'codes:sdg'], ['ODD', 'codes:sdg'], ['ODS', 'codes:sdg'], ['SDG targets', 'codes:sdg'], ['Sustainable Development Goals codes', 'codes:sdg'],
    ['UDHR', 'codes:udhr'], ['DUDH', 'codes:udhr'], ['Universal Declaration of Human Rights codes', 'codes:udhr'], ['Déclaration universelle des droits de l’homme', 'codes:udhr'],
    ['Charter', 'codes:charter'], ['Charte', 'codes:charter'], ['Carta', 'codes:charter'], ['Global Charter-Agenda for Human Rights in the City codes', 'codes:charter'],
    ['Année', 'startYear'], ['Año', 'startYear'], ['Start year', 'startYear'], ['Statut', 'status'], ['Estado', 'status'],
    ['Région', 'region'], ['País', 'country'], ['Secteur', 'sector'], ['Descripción', 'description'], ['Policy ID', 'id'],
    ['Codes', 'codes:any'], ['Created', 'ignore'], ['Last change', 'ignore'], ['Budget (EUR)', 'ignore'],
  ])('%s -> %s', (header, target) => expect(matchHeader(header)).toBe(target));

  it('maps a field once: a second "City" column is ignored', () => {
    expect(matchHeaders(['Title', 'City', 'Ville', 'SDG', 'ODD'])).toEqual(['title', 'city', 'ignore', 'codes:sdg', 'codes:sdg']);
  });
});

describe('planning an import', () => {
  it('reads the English CSV into policies and links to real items', async () => {
    const { plan } = await planBytes(fixture('policies-en.csv'));
    expect(plan.problems).toEqual([]);
    expect(plan.added.map((p) => [p.title, p.city, p.region, p.status, p.startYear])).toEqual([
      ['Social water tariff', 'Dakar', 'africa', 'in-progress', 2023],
      ['Participatory budget', 'Porto Alegre', 'latin-america', 'completed', 1989],
      ['Human rights ordinance', 'Gwangju', 'asia-pacific', 'planned', null],
    ]);
    expect(plan.added[0]!.groups).toEqual(['women-girls', 'poverty']);
    expect(plan.added[1]!.description).toBe('Residents vote on investments,\nneighbourhood by neighbourhood.');
    const items = (id: string) => plan.links.filter((l) => l.policyId === id).map((l) => l.itemId);
    expect(items('imp-1')).toEqual(['sdg:6.1', 'sdg:6.b', 'udhr:25', 'charter:XI.2']);
    expect(items('imp-2')).toEqual(['sdg:16.7', 'udhr:21', 'charter:II.5']);
    expect(items('imp-3')).toEqual(['sdg:16.b', 'sdg:10.3', 'udhr:1', 'charter:I']);
  });

  it('understands French statuses, regions and group names, and Spanish ones', async () => {
    const fr = (await planBytes(fixture('policies-fr-1252-semicolon.csv'))).plan;
    expect(fr.problems).toEqual([]);
    expect(fr.added.map((p) => [p.city, p.region, p.status])).toEqual([
      ['Saint-Denis', 'europe', 'in-progress'],
      ['Montréal', 'north-america', 'completed'],
    ]);
    expect(fr.links.map((l) => l.itemId)).toEqual(['sdg:6.1', 'udhr:25', 'charter:XI.1', 'sdg:16.7', 'udhr:20', 'charter:VIII.3']);
    const es = (await planBytes(fixture('policies-es-bom-tab.tsv'))).plan;
    expect(es.problems).toEqual([]);
    expect(es.added.map((p) => [p.title, p.region, p.status])).toEqual([
      ['Presupuesto participativo joven', 'latin-america', 'in-progress'],
      ['Comedores comunitarios', 'latin-america', 'completed'],
    ]);
  });

  it('reads the xlsx: cached formula values, a date as the year, formula-like text kept as text', async () => {
    const { plan, table } = await planBytes(fixture('policies.xlsx'));
    expect(table.sheet).toBe('Policies');
    expect(plan.problems).toEqual([]);
    expect(plan.added[0]).toMatchObject({ title: 'Night buses', startYear: 2021, region: 'eurasia', description: 'Buses run all night on six lines.' });
    expect(plan.added[1]).toMatchObject({ region: 'mewa', startYear: 2019 });
    expect(plan.added[2]!.title).toBe('=1+1 stays text');
    expect(plan.links.filter((l) => l.policyId === plan.added[1]!.id).map((l) => l.itemId)).toEqual(['sdg:5.2', 'sdg:11.7', 'udhr:3', 'charter:IV.3']);
  });

  it('reports each problem with its row number and never guesses a code', async () => {
    const { plan } = await planBytes(fixture('problems.csv'));
    expect(plan.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [2, 'required', ''],
      [3, 'unknownRegion', 'Atlantis'],
      [4, 'codeUnknown', '6.9'],
      [5, 'notAYear', 'next year'],
      [6, 'unknownGroup', 'martians'],
    ]);
    expect(plan.invalid).toBe(5);
    expect(plan.added.map((p) => p.title)).toEqual(['Valid row']);
    expect(plan.links.map((l) => l.itemId)).toEqual(['sdg:10.7']);
  });

  it('codes that could mean two things are reported with their row, never guessed', async () => {
    const { plan } = await planBytes(fixture('ambiguous-codes.xlsx'));
    expect(plan.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [2, 'SDG', 'codeDecimalComma', '6,1'],
      [3, 'SDG', 'codeShortenedNumber', '17.1'],
      [4, 'Codes', 'codeAmbiguous', '25'],
      [5, 'Codes', 'codeAmbiguous', '5'],
    ]);
    expect(plan.added.map((p) => p.title)).toEqual(['Clear codes', 'A list of goals']);
    expect(plan.links.map((l) => l.itemId)).toEqual(['sdg:6.1', 'udhr:25', 'sdg:5', 'sdg:6', 'sdg:1']);
  });

  it('finds duplicates by title and city whatever the case and accents; skip, update or add', async () => {
    const existing = (await planBytes(fixture('policies-en.csv'))).plan.added;
    const skip = (await planBytes(fixture('duplicates.csv'), existing, { duplicates: 'skip' })).plan;
    expect([skip.skipped, skip.updated.length, skip.added.length]).toEqual([2, 0, 1]);

    const update = (await planBytes(fixture('duplicates.csv'), existing, { duplicates: 'update' })).plan;
    expect(update.updated.map((u) => [u.before.id, u.after.status, u.after.title])).toEqual([
      ['imp-1', 'completed', 'SOCIAL WATER TARIFF'],
      ['imp-2', 'suspended', 'Participatory  budget'],
    ]);
    expect(update.updated[0]!.after.description).toBe(existing[0]!.description);
    expect(update.links.map((l) => l.id)).toContain('imp-1|sdg:6.2');

    const add = (await planBytes(fixture('duplicates.csv'), existing, { duplicates: 'add' })).plan;
    expect(add.added).toHaveLength(3);
  });

  it('refuses a table without a title column once, not per row', async () => {
    const csv = new TextEncoder().encode('City,SDG\nDakar,6.1\n');
    await expect(planBytes(csv)).rejects.toBeInstanceOf(ImportFileError);
    await expect(planBytes(csv)).rejects.toMatchObject({ code: 'noTitleColumn' });
  });

  it('a 1 MB cell is a row problem with its row number; the other rows are fine', async () => {
    const { plan } = await planBytes(fixture('big-cell.csv'));
    expect(plan.problems.map((p) => [p.row, p.code])).toEqual([[2, 'cellTooLarge']]);
    expect(plan.added.map((p) => p.title)).toEqual(['Fine row']);
  });

  it('applies to a workspace file as one change-log entry whose ops undo it', async () => {
    const { plan } = await planBytes(fixture('policies-en.csv'));
    const ws = emptyWorkspace('x', '2026-01-01T00:00:00.000Z');
    const after = applyPlanToWorkspace(ws, plan, '2026-05-01T10:00:00.000Z');
    expect(after.policies).toHaveLength(3);
    expect(after.links).toHaveLength(plan.links.length);
    expect(after.changes).toHaveLength(1);
    expect(after.changes[0]!.ops).toEqual(importOps(plan));
    expect(after.changes[0]!.ops.every((op) => op.before === null)).toBe(true);
  });
});
