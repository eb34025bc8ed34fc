/**
 * A value kept on an object under a private symbol: the same use as a WeakMap keyed by that object,
 * without its cost on a long record. WeakMap entries are ephemerons, and what their values hold (a walk
 * of a hundred thousand elements, the context of ten thousand entries) was marked by the collector in
 * its final pause: one pause of 300-500 ms on the portal's thread. A property is an ordinary strong
 * edge from the key, marked along with it, and gone with it. In the content script the property lives
 * on the isolated world's wrapper, which the portal's own scripts never see.
 */
export interface ObjectSlot<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
}

export function objectSlot<K extends object, V>(name: string): ObjectSlot<K, V> {
  const symbol = Symbol(name);
  type Holder = { [symbol]?: V };
  return {
    get: (key) => (key as Holder)[symbol],
    set: (key, value) => {
      (key as Holder)[symbol] = value;
    },
    has: (key) => (key as Holder)[symbol] !== undefined,
  };
}
