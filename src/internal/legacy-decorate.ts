/**
 * The helper the compiler calls for each legacy decorator (`experimentalDecorators`), for the only kind this project
 * writes: property decorators (internal/decorators.ts), which return nothing. The stock helper also handles class,
 * method and `Reflect.decorate` paths that the script-tag file would carry unused.
 */
export default function decorate(
  decorators: readonly ((target: object, key: string) => void)[],
  target: object,
  key: string,
): void {
  for (const decorator of decorators) decorator(target, key);
}
