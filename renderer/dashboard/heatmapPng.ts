import i18next from 'i18next';
import { CHARTER_ARTICLES, type RegionKey, type Stats } from '../../shared/stats';
import { heatColor } from './heatColor';

/**
 * Draws the region × article heat map on a canvas and returns PNG bytes: the on-screen heat map is an HTML table
 * (keyboard- and screen-reader-friendly), so its image is drawn here with the same colours.
 */
export async function heatmapPng(title: string, stats: Stats, regions: { key: RegionKey; name: string }[], regionHeader: string): Promise<Uint8Array<ArrayBuffer>> {
  const scale = 2;
  const cell = 40;
  const gap = 3;
  const font = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `600 13px ${font}`;
  const labelWidth = Math.max(measure.measureText(regionHeader).width, ...regions.map((r) => measure.measureText(r.name).width)) + 24;
  const width = 20 + labelWidth + CHARTER_ARTICLES.length * (cell + gap) + 20;
  const height = 60 + 28 + regions.length * (cell + gap) + 20;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#1b2430';
  g.font = `600 16px ${font}`;
  g.textBaseline = 'middle';
  g.fillText(title, 20, 30);
  g.font = `600 13px ${font}`;
  g.fillStyle = '#5b6675';
  g.fillText(regionHeader, 20, 74);
  g.textAlign = 'center';
  CHARTER_ARTICLES.forEach((a, i) => g.fillText(a, 20 + labelWidth + i * (cell + gap) + cell / 2, 74));
  const max = Math.max(0, ...regions.flatMap((r) => CHARTER_ARTICLES.map((a) => stats.regionByCharterArticle[r.key][a])));
  regions.forEach((region, row) => {
    const y = 88 + row * (cell + gap);
    g.textAlign = 'left';
    g.fillStyle = '#1b2430';
    g.fillText(region.name, 20, y + cell / 2);
    g.textAlign = 'center';
    CHARTER_ARTICLES.forEach((a, i) => {
      const count = stats.regionByCharterArticle[region.key][a];
      const { background, color } = heatColor(count, max);
      const x = 20 + labelWidth + i * (cell + gap);
      g.fillStyle = background;
      g.fillRect(x, y, cell, cell);
      g.strokeStyle = '#d9dee5';
      g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
      g.fillStyle = color;
      g.fillText(String(count), x + cell / 2, y + cell / 2);
    });
  });
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(i18next.t('dashboard:pngFailed')))), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}
