/**
 * A zod schema that is built on first use. The content script starts on every page, and building
 * zod schemas is the costliest part of starting it; most pages never receive a message or need an
 * enum checked. The stand-in forwards every property to the real schema, so it can be used (and
 * typed) exactly like the schema itself.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const schema = () => (real ??= build());
  return new Proxy({} as T, {
    get(_target, key) {
      const target = schema() as Record<PropertyKey, unknown>;
      const value = target[key];
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    has: (_target, key) => key in schema(),
    // So that `instanceof` and prototype checks see the real schema's class.
    getPrototypeOf: () => Object.getPrototypeOf(schema()) as object | null,
  });
}
