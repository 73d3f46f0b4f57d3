import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../../../shared/frameworks/builtin';
import { linkId } from '../../../shared/model/link';
import { newPolicy } from '../../../shared/model/policy';
import { QuickFilterText, quickFilterParts, quickFilterPasses, type QuickFilterLabels } from '../../../renderer/register/quickFilter';
import type { RegisterRow } from '../../../renderer/register/registerRows';

const catalog = builtinCatalog();
const FRAMEWORKS = { ids: ['charter', 'udhr', 'sdg'], order: (id: string) => catalog.item(id)?.order ?? Number.MAX_SAFE_INTEGER };

function labels(asked: string[] = []): QuickFilterLabels {
  const note = (kind: string, text: (id: string) => string) => (id: string) => {
    asked.push(`${kind}:${id}`);
    return text(id);
  };
  return {
    region: note('region', (id) => (id === 'latin-america' ? 'Amérique latine' : id)),
    status: note('status', (id) => (id === 'in-progress' ? 'En cours' : id)),
    group: note('group', (id) => (id === 'women-girls' ? 'Femmes et filles' : id)),
    item: note('item', (id) => catalog.item(id)?.code ?? id),
  };
}

function row(fields: Parameters<typeof newPolicy>[2], itemIds: string[] = [], id = 'p1'): RegisterRow {
  return { ...newPolicy(id, '2026-01-01T00:00:00.000Z', fields), links: itemIds.map((itemId) => ({ id: linkId(id, itemId), policyId: id, itemId })) };
}

const passes = (text: QuickFilterText, r: RegisterRow, typed: string) => quickFilterPasses(text.of(r), quickFilterParts(typed) ?? []);

describe('the register quick filter', () => {
  const policy = row(
    { title: 'Agua para todos', city: 'Bogotá', country: 'Colombia', region: 'latin-america', status: 'in-progress', startYear: 2024, description: 'Tarifa social del agua', groups: ['women-girls'] },
    ['sdg:6.1', 'charter:XI'],
  );

  it('finds a row by any shown cell, in the UI language, ignoring case and accents', () => {
    const text = new QuickFilterText(labels(), FRAMEWORKS);
    for (const typed of ['agua', 'BOGOTÁ', 'bogota', 'colombia', 'amerique', 'en cours', '2024', 'tarifa social', 'femmes', 'xi', '6.1']) expect(passes(text, policy, typed), typed).toBe(true);
  });

  it('needs every typed word, and does not match ids or words across two cells', () => {
    const text = new QuickFilterText(labels(), FRAMEWORKS);
    expect(passes(text, policy, 'agua bogotá')).toBe(true);
    expect(passes(text, policy, 'agua lima')).toBe(false);
    expect(passes(text, policy, 'latin-america')).toBe(false); // the region's id, not its name
    expect(passes(text, policy, 'in-progress')).toBe(false);
    expect(passes(text, policy, 'women-girls')).toBe(false);
    expect(passes(text, policy, 'sdg:6.1')).toBe(false);
    expect(quickFilterParts('   ')).toBeNull();
  });

  it('lists chips in the framework order, as the cells show them', () => {
    const text = new QuickFilterText(labels(), FRAMEWORKS);
    const unordered = row({ title: 'x' }, ['sdg:11.1', 'sdg:6.1']);
    expect(text.of(unordered)).toContain('6.1, 11.1');
    expect(text.of(unordered)).not.toContain('11.1, 6.1');
  });

  it('builds a row text once and asks each label once', () => {
    const asked: string[] = [];
    const text = new QuickFilterText(labels(asked), FRAMEWORKS);
    const other = row({ title: 'Autre', region: 'latin-america' }, [], 'p2');
    const first = text.of(policy);
    expect(text.of(policy)).toBe(first);
    text.of(other);
    expect(asked.filter((a) => a === 'region:latin-america')).toHaveLength(1);
    const before = asked.length;
    text.of(policy);
    text.of(other);
    expect(asked).toHaveLength(before);
  });

  it('a changed row (a new object) is searched by its new values', () => {
    const text = new QuickFilterText(labels(), FRAMEWORKS);
    expect(passes(text, policy, 'lima')).toBe(false);
    expect(passes(text, { ...policy, city: 'Lima' }, 'lima')).toBe(true);
  });
});
