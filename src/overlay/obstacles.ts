/**
 * What a claim's mark must not cover: the boxes of the text (and images, controls) of the claim's
 * block, in document coordinates, with the block's horizontal extent. Only reads; cached per block
 * for one layout generation, since the claims of a block share them.
 *
 * A block is read whole when it holds at most {@link WHOLE_BLOCK_NODES} text nodes. A bigger one (a
 * page that puts all its text straight into <body>) is read around the claim only: the text nodes
 * before and after the claim's end until their boxes are a few lines away from it.
 */
import type { Edges } from './layout';

/** Text nodes read at most for a whole block. */
const WHOLE_BLOCK_NODES = 400;
/** Around a claim in a big block: text nodes read at most on each side. */
const LOCAL_NODES = 120;
/** Around a claim in a big block: how far (px) above and below its line text is read. */
const LOCAL_REACH = 160;

const REPLACED = 'img,svg,video,canvas,iframe,input,button,select,textarea,object,embed';

export interface BlockSpace {
  /** The block's horizontal extent (document coordinates). */
  bounds: { left: number; right: number };
  /** Boxes no mark may cover (document coordinates). */
  obstacles: Edges[];
}

function pushRects(out: Edges[], rects: DOMRectList | readonly DOMRect[], sx: number, sy: number): void {
  for (let i = 0; i < rects.length; i += 1) {
    const r = rects[i]!;
    if (r.width < 0.5 || r.height < 0.5) continue;
    out.push({ left: r.left + sx, top: r.top + sy, right: r.right + sx, bottom: r.bottom + sy });
  }
}

function textWalker(block: Element): TreeWalker {
  const doc = block.ownerDocument;
  return doc.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (/\S/.test((n as Text).data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
}

/**
 * Reads blocks' spaces; `invalidate()` whenever the page's layout may have changed. Never throws:
 * a block that cannot be read has no space (its claims get no mark).
 */
export class BlockSpaces {
  private generation = 0;
  private memo = new WeakMap<Element, { generation: number; space: BlockSpace | null }>();
  private readonly range: Range | null = typeof document !== 'undefined' ? document.createRange() : null;

  invalidate(): void {
    this.generation += 1;
  }

  /** The space around a claim ending in `endNode`, inside `block`. `sx`, `sy`: the page's scroll. */
  get(block: Element, endNode: Node, sx: number, sy: number): BlockSpace | null {
    const memo = this.memo.get(block);
    if (memo && memo.generation === this.generation) return memo.space ?? this.local(block, endNode, sx, sy);
    let space: BlockSpace | null = null;
    try {
      space = this.whole(block, sx, sy);
    } catch {
      space = null;
    }
    // null: too big to read whole (or unreadable); each claim then reads its own neighbourhood.
    this.memo.set(block, { generation: this.generation, space });
    return space ?? this.local(block, endNode, sx, sy);
  }

  private bounds(block: Element, sx: number): { left: number; right: number } {
    const r = block.getBoundingClientRect();
    return { left: r.left + sx, right: r.right + sx };
  }

  private whole(block: Element, sx: number, sy: number): BlockSpace | null {
    const range = this.range;
    if (!range) return null;
    const walker = textWalker(block);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      texts.push(n as Text);
      if (texts.length > WHOLE_BLOCK_NODES) return null;
    }
    const obstacles: Edges[] = [];
    for (const text of texts) {
      range.selectNodeContents(text);
      pushRects(obstacles, range.getClientRects(), sx, sy);
    }
    for (const el of block.querySelectorAll(REPLACED)) pushRects(obstacles, [el.getBoundingClientRect()], sx, sy);
    return { bounds: this.bounds(block, sx), obstacles };
  }

  private local(block: Element, endNode: Node, sx: number, sy: number): BlockSpace | null {
    const range = this.range;
    if (!range || !block.contains(endNode)) return null;
    try {
      range.selectNodeContents(endNode);
      const own = range.getBoundingClientRect();
      const top = own.top - LOCAL_REACH;
      const bottom = own.bottom + LOCAL_REACH;
      const obstacles: Edges[] = [];
      const read = (text: Node): boolean => {
        range.selectNodeContents(text);
        const rects = range.getClientRects();
        let near = rects.length === 0;
        for (let i = 0; i < rects.length; i += 1) {
          const r = rects[i]!;
          if (r.bottom >= top && r.top <= bottom) near = true;
        }
        pushRects(obstacles, rects, sx, sy);
        return near;
      };
      const walker = textWalker(block);
      walker.currentNode = endNode;
      if (endNode.nodeType === Node.TEXT_NODE) read(endNode);
      for (let i = 0; i < LOCAL_NODES; i += 1) {
        const next = walker.nextNode();
        if (!next || !read(next)) break;
      }
      walker.currentNode = endNode;
      for (let i = 0; i < LOCAL_NODES; i += 1) {
        const previous = walker.previousNode();
        if (!previous || !read(previous)) break;
      }
      return { bounds: this.bounds(block, sx), obstacles };
    } catch {
      return null;
    }
  }
}
