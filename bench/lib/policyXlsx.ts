import XLSX from 'xlsx';
import type { FrameworkCatalog } from '../../shared/frameworks/catalog';
import type { WorkspaceFile } from '../../shared/workspace/format';

/**
 * A questionnaire-style .xlsx of a workspace's policies, one row each, with their mappings as code columns
 * ("Charter": "XI; X.2", "SDG": "6.1; 11.1"), as cities send them in. Written by SheetJS, an independent writer,
 * so the import is measured on a file HRMap did not make itself.
 */
export function policiesXlsx(workspace: WorkspaceFile, catalog: FrameworkCatalog): Buffer {
  const codes = new Map<string, Record<string, string[]>>();
  for (const link of workspace.links) {
    const item = catalog.item(link.itemId);
    if (!item) continue;
    const byFramework = codes.get(link.policyId) ?? {};
    (byFramework[item.frameworkId] ??= []).push(item.code);
    codes.set(link.policyId, byFramework);
  }
  const header = ['Title', 'City', 'Country', 'Region', 'Sector', 'Status', 'Start year', 'Description', 'Charter', 'UDHR', 'SDG'];
  const rows = workspace.policies.map((p) => {
    const c = codes.get(p.id) ?? {};
    return [p.title, p.city, p.country, p.region, p.sector, p.status, p.startYear ?? '', p.description, ...['charter', 'udhr', 'sdg'].map((f) => (c[f] ?? []).join('; '))];
  });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...rows]), 'Policies');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
