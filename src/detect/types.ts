import type { Stance, TopicId } from '../evidence/ids';

/** A half-open span [start, end) of UTF-16 code units in the text given to the detector. */
export interface Span {
  start: number;
  end: number;
}

/** One claim the detector found in a block of text. */
export interface Claim {
  topic: TopicId;
  stance: Stance;
  /** Stated with certainty language ("clinically proven", "cures", "100%"). Never true when negated. */
  overstated: boolean;
  /** The words that make the claim ("relieves back pain"); the page layer highlights this span. */
  phrase: Span;
  /** The sentence holding the claim. */
  sentence: Span;
}
