import type { WorkspaceFile } from '../../shared/workspace/format';
import { loadExport, type Loaded } from './feature';
import type { BenchSize } from './scenario';

type Generate = (options: { policies?: number; seed?: number | string }) => WorkspaceFile;

/**
 * The benchmark's data: the workspace `hrmap demo --policies N --seed S` writes, made by the same generator
 * (shared/workspace/demo.ts), so every figure is measured on the data a user can reproduce.
 */
export async function demoWorkspace(size: BenchSize): Promise<Loaded<WorkspaceFile>> {
  const generator = await loadExport<Generate>('../../shared/workspace/demo.ts', 'generateDemoWorkspace');
  if (!generator.ok) return { ok: false, why: `the demo generator is missing (${generator.why})` };
  return { ok: true, value: generator.value({ policies: size.policies, seed: size.seed }) };
}
