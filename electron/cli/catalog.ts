/**
 * The frameworks the CLI checks references against. Until the built-in packs are on this branch, any
 * well-formed item id is accepted (checking is then left to the app); see builtinCatalog() once merged.
 */
export function knownItem(): ((itemId: string) => boolean) | undefined {
  return undefined;
}
