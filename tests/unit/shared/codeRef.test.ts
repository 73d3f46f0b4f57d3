import { describe, expect, it } from 'vitest';
import { parseRefs, resolveRef, splitRefs } from '../../../shared/frameworks/codeRef';

// A small stand-in catalogue of ids: the real packs are checked in the frameworks data test.
const ids = new Set([
  'charter:XI', 'charter:XI.2', 'charter:X', 'charter:IV', 'charter:preamble',
  'udhr:19', 'udhr:25', 'udhr:6', 'udhr:preamble',
  'sdg:1', 'sdg:6', 'sdg:6.1', 'sdg:6.b', 'sdg:11.1', 'sdg:1.a', 'sdg:17', 'sdg:17.1', 'sdg:17.10', 'sdg:17.19', 'sdg:3.1',
]);
const exists = (id: string) => ids.has(id);

describe('code references', () => {
  it.each([
    ['6.1', 'sdg:6.1'],
    ['SDG 6.1', 'sdg:6.1'],
    ['ODD 6.b', 'sdg:6.b'],
    ['ODS 1.a', 'sdg:1.a'],
    ['Target 17.19', 'sdg:17.19'],
    ['Art. 25', 'udhr:25'],
    ['Article 19', 'udhr:19'],
    ['DUDH art. 25', 'udhr:25'],
    ['Artículo 19', 'udhr:19'],
    ['XI', 'charter:XI'],
    ['xi', 'charter:XI'],
    ['Charter XI.2', 'charter:XI.2'],
    ['Carta XI.2', 'charter:XI.2'],
    ['Goal 6', 'sdg:6'],
    ['Objetivo 6', 'sdg:6'],
    ['sdg:6.1', 'sdg:6.1'],
  ])('%s names %s', (text, id) => {
    expect(resolveRef(text, exists)).toEqual({ itemId: id });
  });

  it('never guesses', () => {
    expect(resolveRef('6.9', exists)).toEqual({ text: '6.9', reason: 'unknown' });
    expect(resolveRef('6', exists)).toEqual({ text: '6', reason: 'ambiguous' });
    expect(resolveRef('XI.9', exists)).toMatchObject({ reason: 'unknown' });
    expect(resolveRef('water', exists)).toMatchObject({ reason: 'unreadable' });
    expect(resolveRef('UDHR 6.1', exists)).toMatchObject({ reason: 'unknown' });
  });

  it('a bare number without a framework is reported even when only one framework has that number', () => {
    // SDG 25 does not exist, but "25" does not say it is the UDHR: which framework was meant is not written.
    expect(resolveRef('25', exists)).toEqual({ text: '25', reason: 'ambiguous' });
    expect(resolveRef('6', exists)).toMatchObject({ reason: 'ambiguous' });
    expect(resolveRef('99', exists)).toMatchObject({ reason: 'unknown' });
    expect(parseRefs('25; Art. 19', exists)).toEqual({ itemIds: ['udhr:19'], problems: [{ text: '25', reason: 'ambiguous' }] });
  });

  it('a comma between digits that could be a decimal comma is reported, not split into goals', () => {
    expect(parseRefs('6,1', exists, 'sdg')).toEqual({ itemIds: [], problems: [{ text: '6,1', reason: 'decimalComma' }] });
    expect(parseRefs('SDG 6,1; 11.1', exists)).toEqual({ itemIds: ['sdg:11.1'], problems: [{ text: 'SDG 6,1', reason: 'decimalComma' }] });
    expect(parseRefs('17,10', exists, 'sdg').problems).toEqual([{ text: '17,10', reason: 'decimalComma' }]);
    // Read with a decimal point it names nothing (there is no target 6.17): a list, as written.
    expect(parseRefs('6,17', exists, 'sdg')).toEqual({ itemIds: ['sdg:6', 'sdg:17'], problems: [] });
    // With a space after the comma it is a list; points stay codes.
    expect(parseRefs('6, 1', exists, 'sdg')).toEqual({ itemIds: ['sdg:6', 'sdg:1'], problems: [] });
    expect(parseRefs('6.1,6.b', exists)).toEqual({ itemIds: ['sdg:6.1', 'sdg:6.b'], problems: [] });
  });

  it('a number cell whose trailing zero Excel dropped (17.10 shown as 17.1) is reported', () => {
    expect(parseRefs('17.1', exists, 'sdg', { fromNumber: true })).toEqual({ itemIds: [], problems: [{ text: '17.1', reason: 'shortenedNumber' }] });
    // The same text typed as text is target 17.1; a number with no longer twin is read as it is.
    expect(parseRefs('17.1', exists, 'sdg')).toEqual({ itemIds: ['sdg:17.1'], problems: [] });
    expect(parseRefs('6.1', exists, 'sdg', { fromNumber: true })).toEqual({ itemIds: ['sdg:6.1'], problems: [] });
    expect(parseRefs('3.1', exists, undefined, { fromNumber: true })).toEqual({ itemIds: ['sdg:3.1'], problems: [] });
  });

  it('uses the column’s framework for bare numbers', () => {
    expect(resolveRef('6', exists, 'sdg')).toEqual({ itemId: 'sdg:6' });
    expect(resolveRef('6', exists, 'udhr')).toEqual({ itemId: 'udhr:6' });
    expect(resolveRef('25', exists, 'udhr')).toEqual({ itemId: 'udhr:25' });
  });

  it('reads whole cells with separators, keeps order, drops repeats and lists problems', () => {
    expect(splitRefs('6.1; 11.1, 6.b / XI and 6.1')).toEqual(['6.1', '11.1', '6.b', 'XI', '6.1']);
    expect(parseRefs('6.1; 11.1; SDG 6.1; 6.9', exists)).toEqual({
      itemIds: ['sdg:6.1', 'sdg:11.1'],
      problems: [{ text: '6.9', reason: 'unknown' }],
    });
  });
});
