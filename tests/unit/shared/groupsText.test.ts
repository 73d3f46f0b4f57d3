import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogues';
import { RIGHTS_HOLDER_GROUPS } from '../../../shared/model/groups';
import { groupIdFromText, groupNames, parseGroupList } from '../../../shared/model/groupsText';
import { LANGS } from '../../../shared/model/lang';

describe('rights-holder group names', () => {
  it('names every group in every language, and each name reads back to its own id', () => {
    for (const lang of LANGS) {
      for (const group of RIGHTS_HOLDER_GROUPS) {
        const name = (CATALOGUES[lang].groups.names as Record<string, string>)[group];
        expect(name, `${lang} ${group}`).toBeTruthy();
        expect(groupIdFromText(name!)).toBe(group);
        expect(groupIdFromText(group)).toBe(group);
      }
    }
  });
  it('reads lists in any of the three languages, without accents or case, in the fixed order', () => {
    expect(parseGroupList('Migrants; WOMEN AND GIRLS')).toEqual({ ok: true, groups: ['women-girls', 'migrants'] });
    expect(parseGroupList('personnes agees, Réfugiés | sans-abri')).toEqual({ ok: true, groups: ['older-persons', 'refugees', 'homeless'] });
    expect(parseGroupList('Pueblos indigenas\nPersonas con discapacidad')).toEqual({ ok: true, groups: ['disabilities', 'indigenous'] });
    expect(parseGroupList("demandeurs d'asile; lgbti")).toEqual({ ok: true, groups: ['refugees', 'lgbti'] });
    expect(parseGroupList('  ')).toEqual({ ok: true, groups: [] });
  });
  it('refuses the whole list when one name is unknown, and says which', () => {
    expect(parseGroupList('Migrants; Martians; Robots')).toEqual({ ok: false, unknown: ['Martians', 'Robots'] });
  });
  it('names groups in the chosen language', () => {
    expect(groupNames(['migrants', 'women-girls', 'nope'], 'es')).toEqual(['Mujeres y niñas', 'Personas migrantes']);
  });
});
