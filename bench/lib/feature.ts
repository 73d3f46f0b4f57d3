/**
 * Loads an export of a feature module that may not have landed yet, so the benchmark runs (and says what it
 * cannot measure) at every stage of the project. Each scenario switches to a static import once its feature exists.
 */
export type Loaded<T> = { ok: true; value: T } | { ok: false; why: string };

export async function loadExport<T>(modulePath: string, exportName: string): Promise<Loaded<T>> {
  let module: Record<string, unknown>;
  try {
    module = (await import(modulePath)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return { ok: false, why: `${modulePath} does not exist yet` };
    throw error;
  }
  if (!(exportName in module)) return { ok: false, why: `${modulePath} has no export "${exportName}" yet` };
  return { ok: true, value: module[exportName] as T };
}
