/**
 * A translation function as shared/ code sees it. shared/ may not import i18next, so callers (the renderer,
 * a worker, the CLI) hand in one made by i18next (`i18next.getFixedT(lang)`), keys written `namespace:key`.
 */
export type Translate = (key: string, options?: Record<string, string | number>) => string;
