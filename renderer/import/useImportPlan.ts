import { useEffect, useState } from 'react';
import type { ColumnTarget } from '../../shared/import/headers';
import type { LinkDetails } from '../../shared/import/linkDetails';
import { planImport, type DuplicateMode, type ImportPlan } from '../../shared/import/plan';
import type { HeaderedTable } from '../../shared/import/table';
import type { Link } from '../../shared/model/link';
import type { Policy } from '../../shared/model/policy';
import { useServices } from '../app/services';

/** Lets the page paint between chunks of a long plan (100,000 rows). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Re-plans the import whenever the table, the column choices or the duplicate mode change. Pure planning
 * (nothing is written); a newer request makes an older one's result be ignored.
 */
export function useImportPlan(
  table: HeaderedTable | null,
  targets: ColumnTarget[],
  duplicates: DuplicateMode,
  existing: { policies: Policy[]; links: Link[] } | null,
  author: string,
  linkDetails: LinkDetails | null,
): { plan: ImportPlan | null; progress: number | null } {
  // Codes are checked against the installed frameworks: after a revision, removed items are unknown.
  const { catalog } = useServices();
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  useEffect(() => {
    if (!table || !existing || !targets.includes('title')) {
      setPlan(null);
      return;
    }
    let alive = true;
    setProgress(0);
    void planImport({
      table,
      targets,
      existing: existing.policies,
      existingLinkIds: new Set(existing.links.map((l) => l.id)),
      exists: catalog.has,
      duplicates,
      now: new Date().toISOString(),
      makeId: () => crypto.randomUUID(),
      author,
      linkDetails,
      onProgress: (done, total) => alive && total > 5000 && setProgress(Math.round((done / total) * 100)),
      pause: nextFrame,
      pauseEvery: 5000,
    }).then((result) => {
      if (!alive) return;
      setPlan(result);
      setProgress(null);
    });
    return () => {
      alive = false;
    };
  }, [table, targets, duplicates, existing, author, catalog, linkDetails]);
  return { plan, progress };
}
