/** Shade of a heat-map cell (screen and PNG): white for nothing, the brand blue for the busiest cell. */
export function heatColor(count: number, max: number): { background: string; color: string } {
  if (count === 0 || max === 0) return { background: '#ffffff', color: '#8a94a3' };
  const share = count / max;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * share));
  return { background: `rgb(${mix(230, 29)}, ${mix(238, 78)}, ${mix(248, 137)})`, color: share > 0.5 ? '#ffffff' : '#1b2430' };
}
