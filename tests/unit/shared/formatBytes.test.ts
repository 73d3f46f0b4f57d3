import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../shared/i18n/formatBytes';

describe('file sizes in the reader’s language', () => {
  it('uses the language’s unit symbol and decimal mark', () => {
    expect(formatBytes(512 * 1024, 'en')).toBe('512 kB');
    expect(formatBytes(512 * 1024, 'fr')).toBe('512\u202fko');
    expect(formatBytes(1.46 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(1.46 * 1024 * 1024, 'fr')).toBe('1,5\u202fMo');
    expect(formatBytes(34.85 * 1024 * 1024, 'es')).toBe('34,9 MB');
  });
  it('never says 0 for a small file, and groups large numbers', () => {
    expect(formatBytes(10, 'en')).toBe('1 kB');
    expect(formatBytes(2048 * 1024 * 1024, 'fr')).toBe('2\u202f048,0\u202fMo');
  });
});
