import type { Stance, TopicId } from '../evidence/ids';
import {
  ATTRIBUTIONS,
  FOR_HEADS,
  GAP_WORDS,
  HEDGES,
  LIST_WORDS,
  NEGATION_EXCEPTIONS,
  NEGATIONS,
  OVERSTATEMENT_EXCEPTIONS,
  OVERSTATEMENTS,
  POST_TRIGGERS,
  PRE_TRIGGERS,
  QUESTION_AUX,
  QUESTION_SUBJECTS,
  QUESTION_WORDS,
  TERM_BLOCKERS_FOR,
  TERMS,
  WARNINGS,
  type TermDef,
  type TriggerDef,
} from './lexicon';
import { indexPhrases, indexWordLists, isJoiner, matchAt, nextWord } from './phrases';
import { sentenceAround } from './sentences';
import { tokenize, type Token } from './tokenize';
import type { Claim } from './types';

const TERM_INDEX = indexPhrases(TERMS.map((def) => ({ words: def.words, value: def })));
const PRE_INDEX = indexPhrases(PRE_TRIGGERS.map((def) => ({ words: def.words, value: def })));
const POST_INDEX = indexPhrases(POST_TRIGGERS.map((def) => ({ words: def.words, value: def })));
const HEDGE_INDEX = indexWordLists(HEDGES);
const ATTRIBUTION_INDEX = indexWordLists(ATTRIBUTIONS);
const NEGATION_INDEX = indexWordLists(NEGATIONS);
const NEGATION_EXCEPTION_INDEX = indexWordLists(NEGATION_EXCEPTIONS);
const OVERSTATEMENT_INDEX = indexWordLists(OVERSTATEMENTS);
const OVERSTATEMENT_EXCEPTION_INDEX = indexWordLists(OVERSTATEMENT_EXCEPTIONS);
const WARNING_INDEX = indexWordLists(WARNINGS);

/** Words that anchor safety claims ("no side effects", "completely safe", "harmless"). */
const SAFETY_ANCHORS = ['side', 'safe', 'harmless', 'risk', 'risks', 'suitable', 'contraindications'];

/**
 * Candidate words: for every term its longest word (the rarest in practice), plus the safety anchors.
 * Only sentences holding one of these are analysed at all.
 */
export const CANDIDATE_WORDS: readonly string[] = [
  ...new Set([
    ...TERMS.map((t) => t.words.reduce((a, b) => (b.length > a.length ? b : a))),
    ...SAFETY_ANCHORS,
  ]),
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation of literal words between word boundaries: linear in the text, no nested
 * quantifiers, so it cannot backtrack catastrophically. Longest alternatives first.
 */
function candidatePattern(): RegExp {
  const words = [...CANDIDATE_WORDS].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
}
const CANDIDATES = candidatePattern();

const STRONG_BOUNDARY_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet', 'except', 'unlike', 'instead']);
const WEAK_BOUNDARY_WORDS = new Set(['while', 'whilst', 'because', 'since', 'unless', 'until']);
const STRONG_BOUNDARY_PUNCT = new Set([';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '!', '?', '.', '"', '\u201c', '\u201d', '|', '\u2026']);
const SUBJECT_AFTER_AND = new Set(['i', 'it', 'you', 'we', 'they', 'he', 'she', 'this', 'that', 'my', 'the', 'your', 'our', 'there', 'his', 'her']);
const ANYMORE_WORDS = new Set(['anymore', 'since']);
const SAFE_INTENSIFIERS = new Set(['completely', 'totally', 'perfectly', '100%', 'entirely', 'absolutely', 'fully', 'super', 'extremely', 'inherently', 'always', 'utterly', 'very']);
const SAFE_FOR = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'all', 'family', 'kids', 'children', 'child', 'pregnant', 'pregnancy', 'seniors', 'elderly', 'babies', 'infants', 'ages']);
const SAFE_AND = new Set(['effective', 'natural', 'gentle', 'non', 'drug', 'noninvasive', 'painless']);
const SIDE_EFFECT_DENIERS = new Set(['no', 'zero', 'without', 'free', 'none']);
const SIDE_EFFECT_GAP = new Set(['known', 'harmful', 'negative', 'adverse', 'any', 'serious', 'unwanted', 'nasty', 'bad', 'of', 'unpleasant', 'dangerous']);
const RISK_MONEY = new Set(['trial', 'return', 'returns', 'purchase', 'refund', 'refunds', 'shopping', 'guarantee', 'money', 'buy', 'order', 'ordering', 'exchange']);

interface TermHit {
  start: number;
  end: number;
  def: TermDef;
  topic: TopicId;
}

interface Found {
  term: TermHit;
  /** Token span of the whole phrase (trigger and term). */
  first: number;
  last: number;
  via: 'pre' | 'post' | 'self' | 'list' | 'anymore' | 'safety';
  /** Token span of the trigger, when there is one. */
  trigFirst: number;
  trigLast: number;
  stance?: Stance;
  listHead?: Found;
}

/** Counters of the detector's work, for tests that prove it stays linear without timing anything. */
export interface DetectStats {
  /** Sentences analysed (tokenized and matched). */
  sentences: number;
  /** Characters inside analysed sentences. Sentences never overlap, so this never exceeds the text's length. */
  analysedChars: number;
  /** Tokens built for analysed sentences. */
  tokens: number;
}

/** Every claim in one block of text, in order. Linear in the text; only candidate sentences are analysed. */
export function findClaims(text: string, stats?: DetectStats): Claim[] {
  const claims: Claim[] = [];
  // One shared expression (compiling one per call costs more than the scan); findClaims never re-enters.
  const re = CANDIDATES;
  re.lastIndex = 0;
  let done = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    if (at < done) {
      re.lastIndex = done;
      continue;
    }
    const sentence = sentenceAround(text, at, done);
    const tokenCount = analyseSentence(text, sentence.start, sentence.end, claims);
    if (stats) {
      stats.sentences++;
      stats.analysedChars += sentence.end - sentence.start;
      stats.tokens += tokenCount;
    }
    done = Math.max(sentence.end, at + m[0].length);
    re.lastIndex = done;
  }
  return claims;
}

function isQuestion(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last && last.t === '?') return true;
  // Skip list numbering ("3." / "3:") and opening punctuation.
  let i = 0;
  while (i < tokens.length && (!tokens[i]!.w || /^\d+$/.test(tokens[i]!.t))) i++;
  const first = tokens[i];
  if (!first) return false;
  if (QUESTION_WORDS.has(first.t)) return true;
  if (QUESTION_AUX.has(first.t)) {
    const second = tokens[i + 1];
    return !!second && second.w && QUESTION_SUBJECTS.has(second.t);
  }
  return false;
}

function isNegationWord(t: string): boolean {
  return t.endsWith("n't");
}

/** Adds the sentence's claims to `out`; returns how many tokens it built. */
function analyseSentence(text: string, sStart: number, sEnd: number, out: Claim[]): number {
  const tokens = tokenize(text, sStart, sEnd);
  if (tokens.length === 0 || isQuestion(tokens)) return tokens.length;
  const n = tokens.length;

  // Clause structure: weak clauses end at commas and the like, strong segments at ; : — but however.
  const clause = new Int32Array(n);
  const segment = new Int32Array(n);
  const boundaryTok: Array<string | undefined> = new Array(n);
  let c = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    let weak = false;
    let strong = false;
    if (!tok.w) {
      if (tok.t === ',') weak = true;
      else if (STRONG_BOUNDARY_PUNCT.has(tok.t)) strong = true;
      else if (tok.t === '-' && tok.s > 0 && text.charCodeAt(tok.s - 1) === 32 && text.charCodeAt(tok.e) === 32) strong = true;
    } else if (STRONG_BOUNDARY_WORDS.has(tok.t)) {
      strong = true;
    } else if (WEAK_BOUNDARY_WORDS.has(tok.t)) {
      weak = true;
    } else if ((tok.t === 'and' || tok.t === 'or' || tok.t === 'so') && i + 1 < n && SUBJECT_AFTER_AND.has(tokens[i + 1]!.t)) {
      weak = true;
    }
    if (weak || strong) {
      c++;
      boundaryTok[i] = tok.t;
      if (strong) g++;
    }
    clause[i] = c;
    segment[i] = g;
  }

  // Cues.
  const negAt: boolean[] = new Array(n).fill(false);
  const hedgeAt: boolean[] = new Array(n).fill(false);
  let firstAttribution = n;
  let warnSegment = -1;
  let warnClause = -1;
  const overCue: number[] = [];
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    if (!tok.w) continue;
    if (isNegationWord(tok.t) || NEGATION_INDEX.has(tok.t)) {
      const isNeg = isNegationWord(tok.t) || !!matchAt(tokens, i, NEGATION_INDEX);
      if (isNeg && !matchAt(tokens, i, NEGATION_EXCEPTION_INDEX)) negAt[i] = true;
    }
    if (HEDGE_INDEX.has(tok.t) && matchAt(tokens, i, HEDGE_INDEX)) {
      // "May" capitalised mid-sentence is the month.
      if (!(tok.t === 'may' && tok.cap && i > 0)) hedgeAt[i] = true;
    }
    if (i < firstAttribution && ATTRIBUTION_INDEX.has(tok.t) && matchAt(tokens, i, ATTRIBUTION_INDEX)) firstAttribution = i;
    if (OVERSTATEMENT_INDEX.has(tok.t) && matchAt(tokens, i, OVERSTATEMENT_INDEX)) {
      let excepted = false;
      for (let b = Math.max(0, i - 3); b <= i && !excepted; b++) {
        if (!tokens[b]!.w) continue;
        const ex = matchAt(tokens, b, OVERSTATEMENT_EXCEPTION_INDEX);
        if (ex && ex.end > i) excepted = true;
      }
      if (!excepted) overCue.push(i);
    }
    if (warnSegment < 0 && WARNING_INDEX.has(tok.t) && matchAt(tokens, i, WARNING_INDEX)) {
      warnSegment = segment[i]!;
      warnClause = clause[i]!;
    }
  }
  // An overstatement cue in a negated clause ("not a miracle cure") is no overstatement.
  const overstated = overCue.some((i) => !hasCue(negAt, clause, i, 0, i));

  // Terms, longest first, never overlapping.
  const terms: TermHit[] = [];
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    if (!tok.w || !TERM_INDEX.has(tok.t)) continue;
    const hit = matchAt(tokens, i, TERM_INDEX);
    if (!hit) continue;
    const def = hit.value;
    const after = nextWord(tokens, hit.end);
    const blockers = TERM_BLOCKERS_FOR[def.words.join(' ')];
    if (blockers && after >= 0 && blockers.has(tokens[after]!.t)) {
      i = hit.end - 1;
      continue;
    }
    let end = hit.end;
    let topic = def.topic;
    if (def.words.length === 1 && (def.words[0] === 'pain' || def.words[0] === 'pains')) {
      const idiom = painIdiom(tokens, i, hit.end);
      if (idiom === 'idiom') {
        i = Math.min(n, hit.end + 3) - 1;
        continue;
      }
      if (idiom) {
        topic = idiom.topic;
        end = idiom.end;
      }
    }
    if (topic === 'pain') {
      // "the aches of fibromyalgia", "pain of sciatica": the named condition is the topic.
      const of = nextWord(tokens, end);
      if (of >= 0 && tokens[of]!.t === 'of') {
        let w = nextWord(tokens, of + 1);
        if (w >= 0 && ['the', 'your', 'my', 'chronic'].includes(tokens[w]!.t)) w = nextWord(tokens, w + 1);
        const named = w >= 0 ? matchAt(tokens, w, TERM_INDEX) : undefined;
        if (named && !named.value.weak && named.value.kind === 'condition') {
          topic = named.value.topic;
          end = named.end;
        }
      }
    }
    terms.push({ start: i, end, def, topic });
    i = end - 1;
  }

  const found: Found[] = [];
  for (const term of terms) {
    const f = triggerFor(tokens, term, negAt, clause);
    if (f) found.push(f);
    else found.push({ term, first: -1, last: -1, via: 'list', trigFirst: -1, trigLast: -1 });
  }
  // List continuation, forwards ("improves sleep, circulation and mood") …
  for (let k = 1; k < found.length; k++) {
    const f = found[k]!;
    const prev = found[k - 1]!;
    if (f.first >= 0 || prev.first < 0) continue;
    if (isListBetween(tokens, Math.max(prev.term.end, prev.last + 1), f.term.start)) {
      f.first = f.term.start;
      f.last = f.term.end - 1;
      f.listHead = prev.listHead ?? prev;
    }
  }
  // … and backwards, for a trigger that follows the list ("back, neck and shoulder pain relief").
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k]!;
    const next = found[k + 1]!;
    if (f.first >= 0 || next.first < 0 || (next.via !== 'post' && next.listHead?.via !== 'post')) continue;
    if (isListBetween(tokens, f.term.end, next.term.start)) {
      f.first = f.term.start;
      f.last = f.term.end - 1;
      f.listHead = next.listHead ?? next;
    }
  }

  const claimsHere: Array<Found & { stance: Stance }> = [];
  for (const f of found) {
    if (f.first < 0) continue;
    if (f.term.def.weak && f.via === 'list' && !f.listHead) continue;
    // Warnings: nothing from the warning's clause to the end of its segment is a claim.
    if (warnSegment >= 0 && segment[f.first] === warnSegment && clause[f.first]! >= warnClause) continue;
    f.stance = stanceOf(f, tokens, negAt, hedgeAt, clause, firstAttribution, claimsHere);
    claimsHere.push(f as Found & { stance: Stance });
  }
  for (const f of safetyClaims(tokens, negAt, hedgeAt, clause, firstAttribution)) {
    if (warnSegment >= 0 && segment[f.first] === warnSegment && clause[f.first]! >= warnClause) continue;
    claimsHere.push(f);
  }
  claimsHere.sort((a, b) => a.first - b.first);

  // Merge neighbours of one topic joined only by list words ("back, neck and shoulder pain relief").
  const merged: Array<Found & { stance: Stance }> = [];
  for (const f of claimsHere) {
    const prev = merged[merged.length - 1];
    if (
      prev &&
      prev.term.topic === f.term.topic &&
      prev.stance === f.stance &&
      (f.first <= prev.last || isListBetween(tokens, prev.last + 1, f.first) || (segment[prev.last] === segment[f.first] && f.first - prev.last <= 8))
    ) {
      prev.last = Math.max(prev.last, f.last);
      continue;
    }
    merged.push({ ...f });
  }

  const sentence = { start: sStart, end: sEnd };
  for (const f of merged) {
    out.push({
      topic: f.term.topic,
      stance: f.stance,
      overstated: overstated && f.stance !== 'negated',
      phrase: { start: tokens[f.first]!.s, end: tokens[f.last]!.e },
      sentence,
    });
  }
  return n;
}

/** "a pain in the neck" is an idiom; "pain in my lower back" is a back claim. */
function painIdiom(
  tokens: readonly Token[],
  i: number,
  end: number,
): 'idiom' | { topic: TopicId; end: number } | undefined {
  const w1 = nextWord(tokens, end);
  if (w1 < 0) return undefined;
  if (tokens[w1]!.t === 'gain' || (tokens[w1]!.t === ',' && tokens[w1 + 1]?.t === 'no')) return 'idiom';
  if (tokens[w1]!.t !== 'in') return undefined;
  const w2 = nextWord(tokens, w1 + 1);
  if (w2 < 0) return undefined;
  const det = tokens[w2]!.t;
  const w3 = nextWord(tokens, w2 + 1);
  if (w3 < 0) return undefined;
  const prev = i > 0 ? tokens[i - 1]!.t : '';
  if (det === 'the' && ['neck', 'butt', 'ass', 'backside', 'bum', 'rear'].includes(tokens[w3]!.t) && ['a', 'real', 'such', 'total', 'bit', 'royal'].includes(prev)) {
    return 'idiom';
  }
  if (!['my', 'your', 'the', 'his', 'her', 'their', 'our'].includes(det)) return undefined;
  const part = matchAt(tokens, w3, TERM_INDEX);
  if (part && part.value.weak && part.value.topic === 'back-neck') return { topic: 'back-neck', end: part.end };
  return undefined;
}

function accepts(trigger: TriggerDef, def: TermDef, topic: TopicId): boolean {
  if (trigger.topics && !trigger.topics.includes(topic)) return false;
  switch (trigger.cls) {
    case 'relief':
      return def.kind !== 'benefit';
    case 'improve':
      return def.kind !== 'condition';
    case 'general':
      return true;
  }
}

function isGap(tok: Token): boolean {
  return tok.w ? GAP_WORDS.has(tok.t) : isJoiner(tok);
}

const MAX_GAP = 4;

function triggerFor(tokens: readonly Token[], term: TermHit, negAt: readonly boolean[], clause: Int32Array): Found | undefined {
  const { def, topic } = term;
  if (def.self) {
    return { term, first: term.start, last: term.end - 1, via: 'self', trigFirst: term.start, trigLast: term.end - 1 };
  }
  // Before the term: "relieves [your chronic] back pain", "great for sciatica".
  let gaps = 0;
  for (let p = term.start - 1; p >= 0 && gaps <= MAX_GAP; p--) {
    const tok = tokens[p]!;
    if (tok.w && tok.t === 'for' && !def.weak) {
      const head = prevWord(tokens, p - 1);
      if (head >= 0 && FOR_HEADS.has(tokens[head]!.t)) {
        const adjectiveHead = !['mat', 'mats', 'set', 'pad', 'pads', 'pillow', 'product', 'tool'].includes(tokens[head]!.t);
        const first = adjectiveHead ? head : p;
        return { term, first, last: withTrailingTrigger(tokens, term), via: 'pre', trigFirst: first, trigLast: p };
      }
    }
    if (tok.w) {
      const trig = triggerEndingAt(tokens, p, PRE_INDEX);
      if (trig && accepts(trig.value, def, topic) && (!def.weak || trig.value.cls !== 'improve' || def.kind === 'benefit')) {
        if (!(def.weak && def.kind === 'benefit' && trig.value.cls === 'relief')) {
          return { term, first: trig.start, last: withTrailingTrigger(tokens, term), via: 'pre', trigFirst: trig.start, trigLast: trig.end - 1 };
        }
      }
    }
    if (!isGap(tok)) break;
    if (tok.w) gaps++;
  }
  // After the term: "back pain relief", "my sciatica is gone", "sleep better".
  gaps = 0;
  for (let p = term.end; p < tokens.length && gaps <= MAX_GAP; p++) {
    const tok = tokens[p]!;
    if (tok.w && POST_INDEX.has(tok.t)) {
      const trig = matchAt(tokens, p, POST_INDEX);
      if (trig && accepts(trig.value, def, topic)) {
        return { term, first: term.start, last: trig.end - 1, via: 'post', trigFirst: trig.start, trigLast: trig.end - 1 };
      }
    }
    if (!isGap(tok)) break;
    if (tok.w) gaps++;
  }
  // Testimonials that work through a negation: "I don't get headaches anymore", "haven't had back pain since".
  if (!def.weak && def.kind !== 'benefit') {
    let neg = -1;
    for (let p = term.start - 1; p >= 0 && clause[p] === clause[term.start]; p--) {
      if (negAt[p]) {
        neg = p;
        break;
      }
    }
    if (neg >= 0) {
      for (let p = term.end; p < tokens.length && p <= term.end + 6; p++) {
        const tok = tokens[p]!;
        if (tok.w && (ANYMORE_WORDS.has(tok.t) || (tok.t === 'any' && tokens[p + 1]?.t === 'more'))) {
          return { term, first: neg, last: term.end - 1, via: 'anymore', trigFirst: neg, trigLast: p };
        }
        if (!tok.w && !isJoiner(tok)) break;
      }
    }
  }
  return undefined;
}

/** "for back pain relief": a trigger word right after the term belongs to the phrase too. */
function withTrailingTrigger(tokens: readonly Token[], term: TermHit): number {
  const w = nextWord(tokens, term.end);
  if (w >= 0 && POST_INDEX.has(tokens[w]!.t)) {
    const trig = matchAt(tokens, w, POST_INDEX);
    if (trig && accepts(trig.value, term.def, term.topic)) return trig.end - 1;
  }
  return term.end - 1;
}

function prevWord(tokens: readonly Token[], i: number): number {
  while (i >= 0) {
    if (tokens[i]!.w) return i;
    if (!isJoiner(tokens[i]!)) return -1;
    i--;
  }
  return -1;
}

/** A trigger phrase whose last word is token `p`. Triggers are at most four words long. */
function triggerEndingAt(tokens: readonly Token[], p: number, index: ReturnType<typeof indexPhrases<TriggerDef>>) {
  let best: ReturnType<typeof matchAt<TriggerDef>> | undefined;
  let start = p;
  for (let words = 0; words < 4 && start >= 0; words++) {
    if (tokens[start]!.w) {
      const hit = matchAt(tokens, start, index);
      // The phrase must end exactly at p, and must not be a longer phrase cut short.
      if (hit && hit.end === p + 1) best = hit;
    }
    start = prevWord(tokens, start - 1);
  }
  return best;
}

function isListBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return to === from;
  let words = 0;
  for (let p = from; p < to; p++) {
    const tok = tokens[p]!;
    if (isJoiner(tok)) continue;
    if (!LIST_WORDS.has(tok.t) && !(tok.w && (tok.t === 'your' || tok.t === 'the' || tok.t === 'better' || tok.t === 'overall' || tok.t === 'even' || tok.t === 'general' || tok.t === 'improved'))) return false;
    if (tok.w) words++;
    if (words > 3) return false;
  }
  return true;
}

function hasCue(cues: readonly boolean[], clause: Int32Array, at: number, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (cues[k] && clause[k] === clause[at]) return true;
  }
  return false;
}

function stanceOf(
  f: Found,
  tokens: readonly Token[],
  negAt: readonly boolean[],
  hedgeAt: readonly boolean[],
  clause: Int32Array,
  firstAttribution: number,
  earlier: ReadonlyArray<Found & { stance: Stance }>,
): Stance {
  if (f.listHead?.stance && f.via === 'list') return f.listHead.stance;
  // Cues in the claim's own clause, before it or inside it (but not the term itself).
  let neg = false;
  let hedge = false;
  const from = f.first;
  for (let k = from - 1; k >= 0 && clause[k] === clause[from]; k--) {
    if (negAt[k]) neg = true;
    if (hedgeAt[k]) hedge = true;
  }
  for (let k = f.first; k <= f.last; k++) {
    if (k >= f.term.start && k < f.term.end) continue;
    if (negAt[k] && !(f.via === 'anymore' && k === f.trigFirst)) neg = true;
    if (hedgeAt[k]) hedge = true;
  }
  if (firstAttribution < f.first) hedge = true;
  // A clause that continues a list after a comma ("doesn't relieve pain, improve sleep or …") inherits.
  if (!neg && !hedge) {
    const prev = earlier[earlier.length - 1];
    if (prev && prev.last < f.first && isListBetween(tokens, prev.last + 1, f.first)) {
      return prev.stance;
    }
  }
  if (neg) return 'negated';
  if (hedge) return 'hedged';
  return 'asserted';
}

const SAFETY_DEF: TermDef = { words: ['safe'], topic: 'safety', kind: 'benefit', self: true };

/** Claims that the mat is safe: "no side effects", "completely safe", "safe for everyone", "harmless". */
function safetyClaims(
  tokens: readonly Token[],
  negAt: readonly boolean[],
  hedgeAt: readonly boolean[],
  clause: Int32Array,
  firstAttribution: number,
): Array<Found & { stance: Stance }> {
  const out: Array<Found & { stance: Stance }> = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    if (!tok.w) continue;
    let first = -1;
    let last = -1;
    if (tok.t === 'side') {
      const w = nextWord(tokens, i + 1);
      if (w < 0 || (tokens[w]!.t !== 'effects' && tokens[w]!.t !== 'effect')) continue;
      // "no (known) side effects", "free of side effects", "without side effects"
      let p = prevWord(tokens, i - 1);
      let steps = 0;
      while (p >= 0 && steps < 3 && SIDE_EFFECT_GAP.has(tokens[p]!.t) && !SIDE_EFFECT_DENIERS.has(tokens[p]!.t)) {
        p = prevWord(tokens, p - 1);
        steps++;
      }
      if (p >= 0 && SIDE_EFFECT_DENIERS.has(tokens[p]!.t)) {
        first = p;
        last = w;
      } else {
        const f = nextWord(tokens, w + 1);
        if (f >= 0 && tokens[f]!.t === 'free') {
          first = i;
          last = f;
        }
      }
    } else if (tok.t === 'safe') {
      const p = prevWord(tokens, i - 1);
      if (p >= 0 && SAFE_INTENSIFIERS.has(tokens[p]!.t)) {
        first = p;
        last = i;
      }
      let q = i + 1;
      for (let steps = 0; steps < 4 && q < n; steps++) {
        const w = nextWord(tokens, q);
        if (w < 0) break;
        const t = tokens[w]!.t;
        if (SAFE_FOR.has(t)) {
          if (first < 0) first = i;
          last = w;
          break;
        }
        if (steps === 0 && t === 'and') {
          const x = nextWord(tokens, w + 1);
          if (x >= 0 && SAFE_AND.has(tokens[x]!.t)) {
            if (first < 0) first = i;
            last = Math.max(last, x);
          }
          break;
        }
        if (!['to', 'use', 'for', 'during', 'by', 'the', 'whole', 'of', 'in', 'on', 'and'].includes(t)) break;
        q = w + 1;
      }
    } else if (tok.t === 'harmless') {
      first = i;
      last = i;
    } else if (tok.t === 'risk' || tok.t === 'risks') {
      const p = prevWord(tokens, i - 1);
      const f = nextWord(tokens, i + 1);
      const after = f >= 0 ? tokens[f]!.t : '';
      const free = after === 'free';
      const afterFree = free ? nextWord(tokens, f + 1) : f;
      if (afterFree >= 0 && RISK_MONEY.has(tokens[afterFree]!.t)) continue;
      if (free) {
        first = i;
        last = f;
      } else if (p >= 0 && ['no', 'zero', 'without'].includes(tokens[p]!.t)) {
        first = p;
        last = i;
      }
    } else if (tok.t === 'suitable') {
      const f = nextWord(tokens, i + 1);
      const g = f >= 0 ? nextWord(tokens, f + 1) : -1;
      if (f >= 0 && tokens[f]!.t === 'for' && g >= 0 && SAFE_FOR.has(tokens[g]!.t) && tokens[g]!.t !== 'pregnant' && tokens[g]!.t !== 'pregnancy') {
        first = i;
        last = g;
      }
    } else if (tok.t === 'contraindications') {
      const p = prevWord(tokens, i - 1);
      if (p >= 0 && tokens[p]!.t === 'no') {
        first = p;
        last = i;
      }
    }
    if (first < 0) continue;
    // A denial ("not safe for children") is a warning, not a claim: drop it.
    let neg = false;
    let hedge = firstAttribution < first;
    for (let k = first - 1; k >= 0 && clause[k] === clause[first]; k--) {
      if (negAt[k]) neg = true;
      if (hedgeAt[k]) hedge = true;
    }
    if (neg) continue;
    const term: TermHit = { start: first, end: last + 1, def: SAFETY_DEF, topic: 'safety' };
    out.push({ term, first, last, via: 'safety', trigFirst: first, trigLast: last, stance: hedge ? 'hedged' : 'asserted' });
    i = last;
  }
  return out;
}
