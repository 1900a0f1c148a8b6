/**
 * Literal words and phrases as regular expressions. Kept apart from ./candidates.ts, whose
 * module-level tables (the candidate words of every term) a bundle that only needs these two
 * functions, such as the engine's list lead-ins (./lead-in.ts), must not carry.
 */

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation of literal words and phrases between word boundaries, longest first: linear in
 * the text, no nested quantifiers, so it cannot backtrack catastrophically. Match it against
 * {@link plainText}: its phrases are written with plain spaces and straight apostrophes.
 */
export function literalAlternation(words: Iterable<string>, flags: string): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
}

/**
 * Typographic apostrophes (’) and spaces other than the plain one: no-break (&nbsp;), narrow
 * no-break, thin, figure, ideographic…
 */
const TYPOGRAPHIC = /[\u2019\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * `text` as the word lists are written: every other kind of space a plain one and the typographic
 * apostrophe a straight one. Pages put no-break spaces between words ("20&nbsp;minutes") and print
 * "that’s" where the lists say "that's". One character for one, so every offset into the result is
 * an offset into `text`.
 */
export function plainText(text: string): string {
  TYPOGRAPHIC.lastIndex = 0;
  return TYPOGRAPHIC.test(text) ? text.replace(TYPOGRAPHIC, (c) => (c === '\u2019' ? "'" : ' ')) : text;
}
