import type { Lang } from '../model/lang';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * A file size for people, with the unit in their language (Intl unit formatting): "512 kB", "1,5 Mo", "34,9 MB".
 * Below a megabyte in whole kilobytes (at least 1), from there in megabytes with one decimal.
 */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < MB) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / KB)));
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MB);
}
