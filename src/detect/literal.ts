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
 * the text, no nested quantifiers, so it cannot backtrack catastrophically. An apostrophe in a
 * listed phrase ("whether that's") also matches the typographic one pages mostly use ("that’s").
 */
export function literalAlternation(words: Iterable<string>, flags: string): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/['\u2019]/g, "['\u2019]"));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
}

/** Spaces other than the plain one: no-break (&nbsp;), narrow no-break, thin, figure, ideographic… */
const OTHER_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * `text` with every other kind of space as a plain one. Pages put no-break spaces between words
 * ("20&nbsp;minutes", "back&nbsp;pain") that the word lists, written with plain spaces, must still
 * match. One character for one, so every offset into the result is an offset into `text`.
 */
export function plainSpaces(text: string): string {
  OTHER_SPACES.lastIndex = 0;
  return OTHER_SPACES.test(text) ? text.replace(OTHER_SPACES, ' ') : text;
}
