/** A catalogue that cannot be built or does not hold together (a developer's error, not a user's). */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}
