import type { AgChartInstance } from 'ag-charts-community';
import type { Platform } from '../platform/platform';

/** Saves a chart as a PNG through the platform (a save dialog in Electron, a download in the browser). */
export async function exportChartPng(chart: AgChartInstance, platform: Platform, fileName: string): Promise<boolean> {
  const url = await chart.getImageDataURL({ fileFormat: 'image/png' });
  const base64 = url.slice(url.indexOf(',') + 1);
  const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const result = await platform.saveFile({ suggestedName: fileName, data, filters: [{ name: 'PNG', extensions: ['png'] }] });
  return result.saved;
}

/** "Policies per Charter article" -> "hrmap-policies-per-charter-article.png" (ASCII, safe on every file system). */
export function pngFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `hrmap-${slug || 'chart'}.png`;
}
