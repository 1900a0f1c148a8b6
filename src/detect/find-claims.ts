import type { Claim } from './types';

/** Every claim in one block of text (a paragraph, a bullet, a review body). Placeholder: being written. */
export function findClaims(text: string): Claim[] {
  void text;
  return [];
}
