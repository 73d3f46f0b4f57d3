import { describe, expect, it } from 'vitest';
import { parseScopeArg, policiesInScope } from '../../../../shared/report/scope';
import { reportWorkspace } from './fixture';

describe('report scope', () => {
  const { policies } = reportWorkspace();
  const ids = (list: { id: string }[]) => list.map((p) => p.id);

  it('takes everything, a city whatever its spelling, a region, or the grid’s filter in the grid’s order', () => {
    expect(ids(policiesInScope(policies, { kind: 'all' }))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(ids(policiesInScope(policies, { kind: 'city', name: ' MONTREAL ' }))).toEqual(['p1', 'p5']);
    expect(ids(policiesInScope(policies, { kind: 'region', region: 'north-america' }))).toEqual(['p1', 'p5']);
    expect(ids(policiesInScope(policies, { kind: 'region', region: '' }))).toEqual(['p6']);
    expect(ids(policiesInScope(policies, { kind: 'policies', ids: ['p3', 'gone', 'p1', 'p3'] }))).toEqual(['p3', 'p1']);
  });

  it('reads the CLI’s --scope, regions in any of the three languages', () => {
    expect(parseScopeArg('city=Ciudad de México')).toEqual({ ok: true, scope: { kind: 'city', name: 'Ciudad de México' } });
    expect(parseScopeArg('region=Amérique latine')).toEqual({ ok: true, scope: { kind: 'region', region: 'latin-america' } });
    expect(parseScopeArg('region=mewa')).toEqual({ ok: true, scope: { kind: 'region', region: 'mewa' } });
    expect(parseScopeArg('region=Atlantis')).toEqual({ ok: false, error: 'badRegion', value: 'Atlantis' });
    expect(parseScopeArg('country=France')).toMatchObject({ ok: false, error: 'badScope' });
  });
});
