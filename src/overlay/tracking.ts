/**
 * Which claims the overlay shows and which of them are near the viewport. An IntersectionObserver
 * (root margin {@link WINDOW_VIEWPORTS} viewports above and below) reports on the elements the claims
 * end in; only claims near the viewport are measured and marked, so a claim far away costs one
 * `observe`. Claims sharing an element share its reports.
 */
import {
  DEFAULT_DISPLAY,
  isCitation,
  isDisplayed,
  sameDisplay,
  type DisplayOptions,
  type PageMark,
} from '../shared/types';
import { topicEvidence } from '../evidence';
import { WINDOW_VIEWPORTS } from './badge-layout';
import type { Lifetime } from './lifetime';
import { anchorElementOf, type AnchorContext, type Edges } from './measure';
import type { BlockSpace } from './obstacles';

/**
 * New claims in elements the observer has not reported on yet are treated as near at once when
 * there are at most this many: a page re-rendering its text (React) then gets its marks back in
 * the very next frame. Larger batches (a long page being scanned) wait for the observer.
 */
const DIRECT_MEASURE_MAX = 64;

export interface Entry {
  /** A claim, or a citation of a study. */
  a: PageMark;
  title: string;
  /** Same claim, same text: a page re-rendering its text yields new ids but the same key. */
  key: string;
  anchor: Element | null;
  near: boolean;
  /** Layout generation the position was measured in; -1 = never. */
  measured: number;
  /** The phrase's last line box in document coordinates, or null when not rendered. */
  end: Edges | null;
  context: AnchorContext | null;
  /** The free space around the claim in its block (where its mark may go). */
  space: BlockSpace | null;
  occluded: boolean;
  /**
   * Only where the claim ends was read (it ended outside the window around the viewport): no
   * context, no space, no mark, until a pass finds it in the window (./marks.ts measureEntry).
   */
  partial?: boolean;
  /** The last hit-test verdict on a place past the block's edge (see ./marks.ts), by place and layout generation. */
  verified?: { key: string; ok: boolean };
  stamp: number;
  /** The update() stamp in which this entry was created. */
  born: number;
}

const contentKey = (a: PageMark) =>
  isCitation(a)
    ? `cite|${a.citation.reference}|${a.citation.text}`
    : `${a.topic}|${a.stance}|${a.phrase}|${a.sentence}`;

/** Whether `next` is `prev` with items appended (the common case while a page is being scanned). */
function extendsList<T>(prev: readonly T[], next: readonly T[]): boolean {
  if (next.length < prev.length) return false;
  for (let i = 0; i < prev.length; i += 1) if (prev[i] !== next[i]) return false;
  return true;
}

/** What an update changed. */
export interface UpdateResult {
  /** Claims went away or changed (so others may have moved), or the display options changed. */
  churned: boolean;
  /** Ids replaced by the same claim under a new id: [old, new]. */
  renamed: Array<[number, number]>;
}

export class Tracker {
  readonly entries = new Map<number, Entry>();
  /** Entries near the viewport. */
  readonly near = new Set<Entry>();
  display: DisplayOptions = DEFAULT_DISPLAY;
  private list: readonly PageMark[] = [];
  private stamp = 0;
  private churned = false;
  private watching = false;
  private readonly anchors = new Map<Element, Set<Entry>>();
  private readonly awaitingFirstReport = new Set<Element>();
  private readonly fresh = new Set<Entry>();
  private readonly io: IntersectionObserver | null;

  /** `onReport` runs the observer's report (`apply`) as a chunk of the overlay's work, then schedules a frame. */
  constructor(lifetime: Lifetime, onReport: (apply: () => void) => void) {
    this.io =
      typeof IntersectionObserver === 'function'
        ? lifetime.own(
            new IntersectionObserver((records) => onReport(() => this.onIntersect(records)), {
              rootMargin: `${WINDOW_VIEWPORTS * 100}% 0px`,
            }),
          )
        : null;
  }

  /** Whether every watched element has had its first report. */
  get settled(): boolean {
    return this.awaitingFirstReport.size === 0;
  }

  /** Replace the shown claims. `watch`: whether marks are drawn at all (no observing otherwise). */
  update(annotations: readonly PageMark[], display: DisplayOptions, watch: boolean): UpdateResult {
    const displayChanged = !sameDisplay(display, this.display);
    this.display = { ...display };
    const renamed: Array<[number, number]> = [];
    let churned = false;
    if (!displayChanged && extendsList(this.list, annotations)) {
      for (let i = this.list.length; i < annotations.length; i += 1) this.upsert(annotations[i]!);
    } else {
      this.stamp += 1;
      this.churned = displayChanged;
      for (const a of annotations) this.upsert(a);
      const removed: Entry[] = [];
      for (const entry of this.entries.values()) if (entry.stamp !== this.stamp) removed.push(entry);
      if (removed.length > 0) {
        this.churned = true;
        for (const old of removed) {
          for (const entry of this.entries.values()) {
            if (entry.born === this.stamp && entry.key === old.key) {
              renamed.push([old.a.id, entry.a.id]);
              break;
            }
          }
          this.remove(old);
        }
      }
      churned = this.churned;
    }
    this.list = annotations.slice();
    if (watch !== this.watching) {
      for (const entry of this.entries.values()) {
        if (watch) this.attach(entry);
        else this.detach(entry);
      }
      this.watching = watch;
    }
    return { churned, renamed };
  }

  /** Treat a small batch of new claims as near now (the observer's first report corrects it). */
  takeFresh(): void {
    if (this.fresh.size === 0) return;
    if (this.fresh.size <= DIRECT_MEASURE_MAX) for (const entry of this.fresh) this.setNear(entry, true);
    this.fresh.clear();
  }

  /**
   * A claim taken as near was measured in a pass (after a paint, when layout is clean): its element
   * needs no first report from the observer before the overlay counts as idle, so a page's first
   * marks are done one frame sooner. The observer's report still corrects whether it is near.
   */
  measured(entry: Entry): void {
    if (entry.anchor) this.awaitingFirstReport.delete(entry.anchor);
  }

  clear(): void {
    this.entries.clear();
    this.anchors.clear();
    this.near.clear();
    this.fresh.clear();
    this.awaitingFirstReport.clear();
  }

  private upsert(a: PageMark): void {
    if (!isDisplayed(a, this.display)) return;
    const existing = this.entries.get(a.id);
    if (existing) {
      existing.stamp = this.stamp;
      if (existing.a !== a) {
        this.churned = true;
        const moved = existing.a.range !== a.range;
        if (moved && this.watching) this.detach(existing);
        existing.a = a;
        existing.key = contentKey(a);
        existing.measured = -1;
        if (moved && this.watching) this.attach(existing);
      }
      return;
    }
    let title: string;
    try {
      title = isCitation(a) ? 'Cited study' : topicEvidence(a.topic).title;
    } catch {
      return; // A topic outside the contract: nothing to show for it.
    }
    const entry: Entry = {
      a,
      title,
      key: contentKey(a),
      anchor: null,
      near: false,
      measured: -1,
      end: null,
      context: null,
      space: null,
      occluded: false,
      stamp: this.stamp,
      born: this.stamp,
    };
    this.entries.set(a.id, entry);
    if (this.watching) this.attach(entry);
  }

  private remove(entry: Entry): void {
    this.detach(entry);
    this.entries.delete(entry.a.id);
  }

  private attach(entry: Entry): void {
    const anchor = anchorElementOf(entry.a.range);
    entry.anchor = anchor;
    if (!anchor) return;
    let group = this.anchors.get(anchor);
    if (!group) {
      group = new Set();
      this.anchors.set(anchor, group);
      if (this.io) {
        this.io.observe(anchor);
        this.awaitingFirstReport.add(anchor);
        this.fresh.add(entry);
      }
    } else {
      // Same element as claims already reported: share their state until the next report.
      const sibling = group.values().next().value;
      if (sibling?.near) this.setNear(entry, true);
    }
    group.add(entry);
    if (!this.io) this.setNear(entry, true);
  }

  private detach(entry: Entry): void {
    this.setNear(entry, false);
    this.fresh.delete(entry);
    const anchor = entry.anchor;
    if (!anchor) return;
    const group = this.anchors.get(anchor);
    group?.delete(entry);
    if (group && group.size === 0) {
      this.anchors.delete(anchor);
      this.io?.unobserve(anchor);
      this.awaitingFirstReport.delete(anchor);
    }
    entry.anchor = null;
  }

  private setNear(entry: Entry, near: boolean): void {
    if (entry.near === near) return;
    entry.near = near;
    if (near) {
      entry.measured = -1;
      // Whether a fixed layer covers it is checked again once it is on screen and scrolling settled.
      entry.occluded = false;
      this.near.add(entry);
    } else {
      this.near.delete(entry);
    }
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    for (const record of records) {
      this.awaitingFirstReport.delete(record.target);
      const group = this.anchors.get(record.target);
      if (!group) continue;
      for (const entry of group) this.setNear(entry, record.isIntersecting);
    }
  }
}
