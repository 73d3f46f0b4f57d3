/** Coverage figures shared by the dashboard, the Summary sheet, `hrmap stats` and the benchmark. */
export * from './stats';
export * from './selection';
export * from './workspaceStats';
