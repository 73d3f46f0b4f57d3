import type { FrameworkPack } from '../../shared/model/framework';
import type { Lang } from '../../shared/model/lang';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import type { ReportScope } from '../../shared/report/scope';
import type { ReportPreset, ReportSheetId } from '../../shared/report/sheets';

/** What the page sends the report worker: the data (read from IndexedDB by the page) and the choices. */
export interface ReportRequest {
  name: string;
  policies: Policy[];
  links: Link[];
  scope: ReportScope;
  preset: ReportPreset | 'custom';
  sheets: ReportSheetId[];
  lang: Lang;
  /** The frameworks as installed (a revision the user loaded, attached official wording), not the built-in packs. */
  packs: FrameworkPack[];
  /** ISO time of the export, the report's date. */
  now: string;
}

export type ReportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; data: Uint8Array<ArrayBuffer>; policies: number; links: number }
  | { type: 'error'; message: string };
