import { describe, expect, it } from 'vitest';
import { cellText, looksLikeFormula, MAX_CELL_LENGTH, sharedStringText } from '../../../../shared/report/cellSafety';

describe('cell safety', () => {
  it('recognises text a spreadsheet could take for a formula', () => {
    for (const text of ['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\tcmd', '\rx', '\t=1+1', '\r=1+1', '\r\n=1+1', '=HYPERLINK("http://example.invalid","x")']) {
      expect(looksLikeFormula(text), text).toBe(true);
    }
    for (const text of ['', 'Water = life', 'a+b', ' =1', 'É=mc²']) expect(looksLikeFormula(text), text).toBe(false);
  });

  it('keeps what users wrote, minus characters XML cannot carry', () => {
    expect(cellText('Montréal 광주 برنامج 💧')).toBe('Montréal 광주 برنامج 💧');
    expect(cellText('line\nnext\ttab\rcr')).toBe('line\nnext\ttab\rcr');
    expect(cellText('bell\u0007 nul\u0000 vt\u000B')).toBe('bell nul vt');
    expect(cellText('lone \uD83D half')).toBe('lone  half');
  });

  it('cuts text to Excel’s cell limit without splitting an emoji', () => {
    expect(cellText('a'.repeat(MAX_CELL_LENGTH + 10))).toHaveLength(MAX_CELL_LENGTH);
    const emojiAtEdge = 'a'.repeat(MAX_CELL_LENGTH - 1) + '💧';
    const cut = cellText(emojiAtEdge);
    expect(cut).toBe('a'.repeat(MAX_CELL_LENGTH - 1));
  });

  it('escapes what a shared string cannot carry as typed: a carriage return, and text that reads like an escape', () => {
    expect(sharedStringText('\r=1+1')).toBe('_x000D_=1+1');
    expect(sharedStringText('line one\r\nline two')).toBe('line one_x000D_\nline two');
    expect(sharedStringText('_x0041_ and _x000d_')).toBe('_x005F_x0041_ and _x005F_x000d_');
    // A tab stays a tab (exceljs marks the string xml:space="preserve"); ordinary text is untouched.
    expect(sharedStringText('\t=1+1')).toBe('\t=1+1');
    for (const text of ['', 'snake_case_name', 'x_1234_', '_xABCD', 'Montréal 광주 💧']) expect(sharedStringText(text), text).toBe(text);
  });
});
