import { describe, expect, it } from 'vitest';
import { cellText, looksLikeFormula, MAX_CELL_LENGTH } from '../../../../shared/report/cellSafety';

describe('cell safety', () => {
  it('recognises text a spreadsheet could take for a formula', () => {
    for (const text of ['=1+1', '+33 1 23', '-2', '@SUM(A1)', '\tcmd', '\rx', '=HYPERLINK("http://example.invalid","x")']) {
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
});
