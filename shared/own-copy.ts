// A string of its own. A substring in V8 may be a view into the text it was cut from, so a
// short line kept in a cache or an index would keep its whole article alive.

/** A flat copy of the same characters (lone surrogates included), referring to no other string. */
export function ownCopy(text: string): string {
  // A concatenation or a slice would give a string made of references again.
  return JSON.parse(JSON.stringify(text)) as string;
}
