import type { WorkspaceFile } from '../../shared/workspace/format';
import { generateDemoWorkspace } from '../../shared/workspace/demo';
import type { BenchSize } from './scenario';

/**
 * The benchmark's data: the workspace `hrmap demo --policies N --seed S` writes, made by the same generator
 * (shared/workspace/demo.ts), so every figure is measured on data anyone can reproduce.
 */
export function demoWorkspace(size: BenchSize): WorkspaceFile {
  return generateDemoWorkspace({ policies: size.policies, seed: size.seed });
}
