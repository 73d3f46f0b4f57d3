import { linkId, type Link } from '../../../../shared/model/link';
import { newPolicy, type Policy } from '../../../../shared/model/policy';
import type { WorkspaceFile } from '../../../../shared/workspace/format';

export const INJECTION_TITLE = '=HYPERLINK("http://example.invalid","x")';
const NOW = '2026-11-20T10:00:00.000Z';

function link(policyId: string, itemId: string, strength: Link['strength'], rationale = ''): Link {
  return { id: linkId(policyId, itemId), policyId, itemId, strength, rationale, author: 'Aïcha', createdAt: NOW, updatedAt: NOW };
}

/**
 * A small workspace by hand: accents, Arabic, Korean and emoji, formula-like text in several fields (a leading
 * tab and a leading carriage return among them), Windows line ends, text that reads like an OOXML escape, a policy with
 * no region, one with no links, two spellings of one city, links to articles, actions, goals, targets and the UDHR.
 */
export function reportWorkspace(): WorkspaceFile {
  const p = (id: string, fields: Partial<Policy>) => newPolicy(id, NOW, fields);
  const policies: Policy[] = [
    p('p1', { title: 'Tarification sociale de l’eau', city: 'Montréal', country: 'Canada', region: 'north-america', sector: 'Eau', status: 'in-progress', startYear: 2021, description: 'Premier palier gratuit.\nDeuxième ligne.', groups: ['poverty', 'women-girls'] }),
    p('p2', { title: 'برنامج الإسكان الميسر', city: 'Gaziantep', country: 'Türkiye', region: 'mewa', sector: 'الإسكان', status: 'planned', startYear: 2024, description: 'سكن لائق للجميع', groups: ['refugees'] }),
    p('p3', { title: '광주 인권 도시 조례', city: 'Gwangju', country: 'Republic of Korea', region: 'asia-pacific', sector: '인권', status: 'completed', startYear: 2012, description: '인권 헌장 🏙️✊🏽', groups: ['all-residents'] }),
    p('p4', { title: INJECTION_TITLE, city: '+33 Grigny', country: '-', region: 'europe', sector: '@sector', status: 'suspended', startYear: null, description: '\tcmd|calc', groups: [] }),
    p('p5', { title: 'Agua para todos 💧', city: 'montreal', country: 'Canada', region: 'north-america', sector: 'Agua', status: '', startYear: 2019, description: 'Agua\r\npara todos _x0041_', groups: ['children-youth'] }),
    p('p6', { title: 'Policy with no region or links', city: 'Dakar', country: 'Sénégal', region: '', sector: '\r=1+1', status: 'planned', startYear: 2025, description: 'Contrôle\u0007 char', groups: [] }),
  ];
  const links: Link[] = [
    link('p1', 'charter:XI', 'primary', 'Water is a right'),
    link('p1', 'charter:XI.2', 'secondary', '=1+1'),
    link('p1', 'sdg:6.1', 'primary'),
    link('p1', 'udhr:25', 'secondary'),
    link('p2', 'sdg:11', 'primary', 'سكن'),
    link('p2', 'udhr:25', 'primary'),
    link('p3', 'charter:I', 'primary', '인권'),
    link('p3', 'sdg:16', 'secondary'),
    link('p4', 'charter:XI.2', 'secondary', '@SUM(A1)'),
    link('p5', 'sdg:6', 'secondary', 'Agua 💧'),
    link('p5', 'sdg:6.1', 'primary'),
  ];
  return { format: 'hrmap-workspace', version: 1, name: 'Réseau des villes 🌍', savedAt: NOW, frameworks: [], settings: {}, policies, links, changes: [] };
}
