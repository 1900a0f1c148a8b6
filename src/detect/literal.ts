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
