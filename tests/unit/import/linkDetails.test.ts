import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planBytes } from './helpers';

/** A workbook with a policies sheet and a links sheet, as bytes (a real .xlsx). */
async function workbook(policies: { name: string; rows: unknown[][] }, links: { name: string; rows: unknown[][] }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of [policies, links]) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const LIENS_HEADER = ['Identifiant', 'Intitulé', 'Ville ou territoire', 'Région', 'Référentiel', 'Code', 'Titre de l’élément', 'Force du lien', 'Justification', 'Auteur'];

describe('link details from the report’s Links sheet', () => {
  it('a French workbook: strength, rationale and author per link, found by policy id', async () => {
    const bytes = await workbook(
      { name: 'Politiques', rows: [['Identifiant', 'Intitulé', 'Ville ou territoire', 'ODD', 'DUDH'], ['p-1', 'Eau pour tous', 'Dakar', '6.1', '25']] },
      {
        name: 'Liens',
        rows: [
          LIENS_HEADER,
          ['p-1', 'Eau pour tous', 'Dakar', 'Afrique', 'Objectifs de développement durable', '6.1', 'Eau potable', 'Secondaire', 'Bornes-fontaines', 'Awa'],
          ['p-1', 'Eau pour tous', 'Dakar', 'Afrique', 'Déclaration universelle des droits de l’homme', '25', 'Niveau de vie', 'Principal', '=1+1 reste du texte', ''],
        ],
      },
    );
    const { plan, linkDetails } = await planBytes(bytes, [], { author: 'Importer' });
    expect(linkDetails?.sheet).toBe('Liens');
    expect(plan.problems).toEqual([]);
    expect(plan.links.map(({ itemId, strength, rationale, author }) => ({ itemId, strength, rationale, author }))).toEqual([
      { itemId: 'sdg:6.1', strength: 'secondary', rationale: 'Bornes-fontaines', author: 'Awa' },
      // An empty author cell is the link's author as it was: nobody, not the importer.
      { itemId: 'udhr:25', strength: 'primary', rationale: '=1+1 reste du texte', author: '' },
    ]);
  });

  it('without an id column, links are found by title and city; links the sheet lacks keep the defaults', async () => {
    const bytes = await workbook(
      { name: 'Policies', rows: [['Title', 'City', 'SDG'], ['Water for all', 'Dakar', '6.1; 6.2']] },
      { name: 'Links', rows: [['Title', 'City or territory', 'Framework', 'Code', 'Strength', 'Rationale', 'Author'], ['WATER for all', 'dakar', 'Sustainable Development Goals', '6.2', 'Secondary', 'Sanitation', 'Lee']] },
    );
    const { plan } = await planBytes(bytes, [], { author: 'Importer' });
    expect(plan.links.map(({ itemId, strength, rationale, author }) => [itemId, strength, rationale, author])).toEqual([
      ['sdg:6.1', 'primary', '', 'Importer'],
      ['sdg:6.2', 'secondary', 'Sanitation', 'Lee'],
    ]);
  });

  it('a strength the sheet names that is no strength is reported with the Links row, and the policy is not imported', async () => {
    const bytes = await workbook(
      { name: 'Políticas', rows: [['Identificador', 'Título', 'Ciudad o territorio', 'ODS'], ['p-1', 'Agua', 'Lima', '6.1'], ['p-2', 'Buses', 'Lima', '11.2']] },
      {
        name: 'Vínculos',
        rows: [
          ['Identificador', 'Título', 'Marco', 'Código', 'Fuerza del vínculo', 'Justificación'],
          ['p-1', 'Agua', 'Objetivos de Desarrollo Sostenible', '6.1', 'Fuerte', ''],
          ['p-2', 'Buses', 'Objetivos de Desarrollo Sostenible', '11.2', 'Secundario', 'Transporte'],
        ],
      },
    );
    const { plan } = await planBytes(bytes);
    expect(plan.problems).toEqual([{ row: 2, column: 'Fuerza del vínculo (Vínculos)', code: 'unknownStrength', value: 'Fuerte' }]);
    expect(plan.added.map((p) => p.id)).toEqual(['p-2']);
    expect(plan.links.map((l) => [l.itemId, l.strength, l.rationale])).toEqual([['sdg:11.2', 'secondary', 'Transporte']]);
  });

  it('a sheet called Links without the report’s columns is not read', async () => {
    const bytes = await workbook({ name: 'Policies', rows: [['Title', 'SDG'], ['Water', '6.1']] }, { name: 'Links', rows: [['Url', 'Note'], ['https://example.invalid', 'x']] });
    const { plan, linkDetails } = await planBytes(bytes, [], { author: 'Importer' });
    expect(linkDetails).toBeNull();
    expect(plan.links.map((l) => [l.strength, l.author])).toEqual([['primary', 'Importer']]);
  });
});
