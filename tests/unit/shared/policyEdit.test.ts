import { describe, expect, it } from 'vitest';
import { foldText, parseFieldValue, regionIdFromText } from '../../../shared/model/policyEdit';

describe('parseFieldValue', () => {
  it('trims text and requires a title', () => {
    expect(parseFieldValue('title', '  Clean water  ')).toEqual({ ok: true, value: 'Clean water' });
    expect(parseFieldValue('title', '   ')).toMatchObject({ ok: false, error: { code: 'required' } });
    expect(parseFieldValue('city', 'x'.repeat(501))).toMatchObject({ ok: false, error: { code: 'tooLong' } });
  });
  it('reads years and refuses anything else', () => {
    expect(parseFieldValue('startYear', '2024')).toEqual({ ok: true, value: 2024 });
    expect(parseFieldValue('startYear', '')).toEqual({ ok: true, value: null });
    for (const bad of ['next year', '20.5', '1850', '3000']) {
      expect(parseFieldValue('startYear', bad)).toMatchObject({ ok: false, error: { code: 'notAYear', value: bad } });
    }
  });
  it('understands region names in three languages', () => {
    expect(regionIdFromText('Amérique latine')).toBe('latin-america');
    expect(regionIdFromText('América Latina')).toBe('latin-america');
    expect(regionIdFromText('Middle East and West Asia')).toBe('mewa');
    expect(regionIdFromText('asia-pacific')).toBe('asia-pacific');
    expect(parseFieldValue('region', 'Atlantis')).toMatchObject({ ok: false, error: { code: 'unknownRegion' } });
  });
  it('reads statuses written like ids or words', () => {
    expect(parseFieldValue('status', 'In progress')).toEqual({ ok: true, value: 'in-progress' });
    expect(parseFieldValue('status', 'done')).toMatchObject({ ok: false, error: { code: 'unknownStatus' } });
  });
  it('folds case and accents', () => {
    expect(foldText('Ciudad de MÉXICO, Bogotá')).toBe('ciudad de mexico, bogota');
  });
});
