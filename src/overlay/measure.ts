/**
 * The overlay's DOM reads: where a claim phrase ends on screen, and what about its ancestors
 * affects its badge (clipping containers, fixed or sticky positioning, right-to-left text). Only
 * reads; never writes to the page. Every function tolerates nodes the page has since removed or
 * changed, returning null rather than throwing.
 *
 * Content scripts run in an isolated world (Chromium) or behind Xray wrappers (Firefox), so a page
 * that overrides `Element.prototype` or `Range.prototype` methods does not change what these calls
 * do; the try/catch blocks are for the remaining surprises (detached nodes, offsets out of range).
 */

/** A rectangle given by its edges. */
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A live Range over the same boundary points as `r` (a StaticRange has no geometry), or null when
 * its nodes are gone or its offsets no longer fit them.
 */
export function liveRangeOf(r: AbstractRange): Range | null {
  try {
    if (!r.startContainer.isConnected || !r.endContainer.isConnected) return null;
    const doc = r.startContainer.ownerDocument ?? document;
    const range = doc.createRange();
    // End first: a new range sits at (document, 0), and moving its end forward is checked against
    // that root cheaply. Setting the start first would make the browser order the new start
    // against (document, 0) by sibling index, which is slow in a container with thousands of
    // children (long flat pages).
    range.setEnd(r.endContainer, r.endOffset);
    range.setStart(r.startContainer, r.startOffset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/**
 * The box of the phrase's last line (viewport coordinates): of the non-empty client rects, the
 * lowest line, and on it the rightmost box (leftmost for right-to-left text). Null when the phrase
 * is not rendered (display: none, detached).
 */
export function lastLineBox(range: Range, rtl = false): Edges | null {
  let rects: DOMRectList;
  try {
    rects = range.getClientRects();
  } catch {
    return null;
  }
  let best: DOMRect | null = null;
  for (let i = 0; i < rects.length; i += 1) {
    const r = rects[i];
    if (!r || r.width < 0.5 || r.height < 0.5) continue;
    if (!best) {
      best = r;
      continue;
    }
    // Same line when the vertical centres are within half a line of each other.
    const sameLine =
      Math.abs(r.top + r.height / 2 - (best.top + best.height / 2)) < Math.min(r.height, best.height) / 2;
    if (sameLine ? (rtl ? r.left < best.left : r.right > best.right) : r.top > best.top) best = r;
  }
  return best ? { left: best.left, top: best.top, right: best.right, bottom: best.bottom } : null;
}

/** The element a badge's claim lives in: the parent element of the range's end. */
export function anchorElementOf(r: AbstractRange): Element | null {
  const node = r.endContainer;
  if (node.nodeType === Node.ELEMENT_NODE) return node as Element;
  return node.parentElement;
}

/** What the ancestors of an element do to a badge placed over it. */
export interface AnchorContext {
  /** Ancestors that clip their content (overflow other than visible, paint containment), outermost first. */
  clips: readonly Element[];
  /** Whether the element or an ancestor is fixed or sticky: it moves against the document on scroll. */
  moving: boolean;
  /** Right-to-left text. */
  rtl: boolean;
  /** visibility: hidden (or collapse). */
  hidden: boolean;
  /**
   * The nearest ancestor-or-self that is not inline-level (a paragraph, a list item, a table cell, a
   * heading): the block whose box a claim's mark stays inside.
   */
  block: Element | null;
}

const ROOT_CONTEXT: AnchorContext = { clips: [], moving: false, rtl: false, hidden: false, block: null };

/** Whether a computed `display` lays the element out inside a line (so its block is an ancestor's). */
function isInlineLevel(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  // Step out of a shadow root to its host.
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) {
    return (parent as ShadowRoot).host;
  }
  return null;
}

/**
 * Computes and memoises {@link AnchorContext} per element, walking each ancestor chain once
 * (iteratively: pages can be thousands of levels deep). `invalidate()` when styles may have
 * changed (the overlay does so on resize); contexts of elements the page adds later are computed
 * on demand.
 */
export class AnchorContextCache {
  private generation = 0;
  private memo = new WeakMap<Element, { generation: number; context: AnchorContext }>();

  invalidate(): void {
    this.generation += 1;
  }

  get(el: Element): AnchorContext {
    const chain: Element[] = [];
    let base: AnchorContext = ROOT_CONTEXT;
    for (let cur: Element | null = el; cur; cur = parentOf(cur)) {
      const memo = this.memo.get(cur);
      if (memo && memo.generation === this.generation) {
        base = memo.context;
        break;
      }
      chain.push(cur);
    }
    let context = base;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const element = chain[i]!;
      context = this.compute(element, context);
      this.memo.set(element, { generation: this.generation, context });
    }
    return context;
  }

  private compute(el: Element, parent: AnchorContext): AnchorContext {
    let style: CSSStyleDeclaration;
    try {
      style = getComputedStyle(el);
    } catch {
      return parent;
    }
    const position = style.position;
    const moving = parent.moving || position === 'fixed' || position === 'sticky';
    const clips = this.clipsContent(el, style) ? [...parent.clips, el] : parent.clips;
    const rtl = style.direction === 'rtl';
    const hidden = style.visibility === 'hidden' || style.visibility === 'collapse';
    const block = isInlineLevel(style.display) ? parent.block : el;
    if (
      moving === parent.moving &&
      clips === parent.clips &&
      rtl === parent.rtl &&
      hidden === parent.hidden &&
      block === parent.block
    )
      return parent;
    return { clips, moving, rtl, hidden, block };
  }

  private clipsContent(el: Element, style: CSSStyleDeclaration): boolean {
    const doc = el.ownerDocument;
    // The root's overflow belongs to the viewport.
    if (el === doc.documentElement) return false;
    const overflows = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (el === doc.body) {
      // body's overflow also goes to the viewport, unless the root element has its own.
      if (!overflows) return false;
      try {
        const root = getComputedStyle(doc.documentElement);
        return root.overflowX !== 'visible' || root.overflowY !== 'visible';
      } catch {
        return false;
      }
    }
    if (overflows) return true;
    const contain = style.contain || '';
    return contain.includes('paint') || contain.includes('strict') || contain.includes('content');
  }
}

/** Whether a point (viewport coordinates) lies inside a rect, with a pixel of tolerance. */
export function pointInside(x: number, y: number, r: Edges): boolean {
  return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
}

/**
 * What is painted at a point (viewport coordinates) in the tree holding `anchor`, or null when
 * the point is off screen or the hit is Pointwise's own UI.
 */
export function elementAt(anchor: Element, x: number, y: number, ownHost: Element): Element | null {
  try {
    const root = anchor.getRootNode() as Document | ShadowRoot;
    const hit =
      typeof (root as DocumentOrShadowRoot).elementFromPoint === 'function'
        ? (root as DocumentOrShadowRoot).elementFromPoint(x, y)
        : document.elementFromPoint(x, y);
    if (!hit || hit === ownHost) return null;
    return hit;
  } catch {
    return null;
  }
}
