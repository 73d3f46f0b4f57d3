/**
 * `node --import tsx tests/unit/electron/printExpectedCongress.ts SOURCE.json LANG ISO-DATE`: prints, as JSON, the
 * sheets expectedCongress works out for a workspace (name, policies, links). The e2e tests run it in Node, since
 * Playwright's loader cannot import the catalogues' JSON files.
 */
import { readFileSync } from 'node:fs';
import { isLang } from '../../../shared/model/lang';
import { expectedCongress, type ReportSource } from './reportExpected';

const [path, lang, date] = process.argv.slice(2);
if (!path || !isLang(lang) || !date) throw new Error('usage: printExpectedCongress.ts SOURCE.json en|fr|es ISO-DATE');
const source = JSON.parse(readFileSync(path, 'utf8')) as ReportSource;
process.stdout.write(JSON.stringify(expectedCongress(source, lang, new Date(date))));
