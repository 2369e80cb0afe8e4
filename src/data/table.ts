/**
 * A look-up table without a prototype: text from the input ("constructor", "__proto__",
 * "toString") is looked up as a key, and must find nothing that Object.prototype has.
 */
export function table<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
