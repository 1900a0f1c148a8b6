/**
 * Text extraction: which text of a page Pointwise reads, and how it is cut into blocks.
 *
 * One set of rules for two DOMs: the content script passes the live page, the `scan` command passes a
 * linkedom document. So this module touches only standard DOM properties (nodeType, firstChild,
 * nextSibling, parentNode, localName, getAttribute, Text#data) and never a global (`Node`, `document`,
 * `getComputedStyle`); whatever needs the live page (computed styles) comes in through the options.
 *
 * The rules, in short:
 * - Inline elements (anything not known to be block-level: b, a, span, em, custom elements…) join into
 *   one block, so a claim split across `<b>`, `<a>` or `<span>` is one string.
 * - Block-level elements (p, div, li, h1–h6, td, blockquote, section…) end the current block and start
 *   a new one; text that follows a nested block inside its parent is a block of its own.
 * - `<br>` ends the block, like a line of a `.txt` file: authors use it to separate lines and
 *   paragraphs (product copy is full of `<br><br>`), so the detector never sees two lines glued
 *   together as one sentence. A newline inside `<pre>` does the same.
 * - Whitespace collapses the way rendering does: a run of spaces, tabs and newlines becomes one space,
 *   and block ends are trimmed. No-break spaces (U+00A0) are not collapsible and stay as they are.
 * - Skipped, with everything inside: non-rendered and widget elements (script, style, template, svg,
 *   textarea, button, select…), hidden elements (`hidden`, `aria-hidden="true"`, inline
 *   `display:none`/`visibility:hidden`, closed `<dialog>`, `isHidden`), editable regions, and
 *   navigation boilerplate (nav, page-level header/footer/aside, navigation/banner/contentinfo/search
 *   roles, classes and ids that clearly name a menu, breadcrumb, cookie banner or skip link).
 * - Blocks without a letter are dropped (prices, star ratings, "10%").
 *
 * The walk is iterative (pages can nest 10,000 levels deep) and linear in the size of the subtree.
 * Shadow roots and iframes are not entered.
 */

/** A run of one text node's characters, placed at `start` in its block's text. */
export interface TextPiece {
  node: Text;
  /** Offset in `Block.text` of the run's first character. */
  start: number;
  /** Offset in `node.data` of the run's first character. */
  nodeStart: number;
  /**
   * Number of characters, the same in the block text and in the node: `text[start + i]` comes from
   * `node.data[nodeStart + i]` (a collapsed whitespace run is one character of it, shown as a space).
   */
  length: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'other';

/** One run of text that reads as a unit: a paragraph, a heading, a list item, a table cell, a line. */
export interface Block {
  /** The rendered text, whitespace collapsed and trimmed. */
  text: string;
  /** Where each character of `text` comes from, in order; together they cover `text` exactly. */
  pieces: TextPiece[];
  /** The innermost block-level element holding the text (or the root). Several blocks can share it. */
  element: Element;
  /**
   * What kind of block it is, from its element; a generic container (div, section…) inherits the kind
   * of the enclosing one, so `<li><div>…</div></li>` is a list item and `<h2><span>` a heading.
   */
  kind: BlockKind;
}

export interface ExtractOptions {
  /**
   * Elements the caller knows are not rendered (the content script: computed `display`/`visibility`).
   * Asked only of elements that have attributes: a bare `<p>` or `<b>` is shown whenever its parent
   * is (barring a stylesheet rule by position alone), and asking for every element of a long page
   * would cost more than the rest of the walk.
   */
  isHidden?: (el: Element) => boolean;
  /** Elements to leave out for any other reason (a site profile's "customers also bought" rail…); asked only of elements with attributes, like `isHidden`. */
  skip?: (el: Element) => boolean;
  /**
   * Overrides whether an element starts a block, for callers that know its computed `display`.
   * Return undefined to keep the tag-name default.
   */
  isBlock?: (el: Element) => boolean | undefined;
}

// Node types by value: linkedom has no global `Node`.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that render as blocks by default (HTML's UA stylesheet); everything else joins inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'optgroup',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/**
 * Elements whose content is never page text: not rendered, raw text, foreign content, embedded
 * documents, form widgets and media.
 */
const SKIPPED_TAGS = new Set([
  'head',
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'noembed',
  'noframes',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'meter',
  'progress',
  'rp',
  'rt',
]);

/** Whitespace is preserved there: its newlines end blocks like `<br>`. */
const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** Landmark roles that are navigation boilerplate, not content. */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);

/**
 * header/footer/aside are page-level landmarks unless inside one of these (HTML-AAM), in which case
 * they belong to the article: an article's byline or a pull quote.
 */
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);

/** Containers that are the content itself; a class name never removes them. */
const NEVER_BOILERPLATE_TAGS = new Set(['html', 'body', 'main', 'article']);

/** Class names for text that is visually hidden (read to screen readers only, duplicates of visible text). */
const VISUALLY_HIDDEN_CLASSES = new Set([
  'sr-only',
  'screen-reader-text',
  'screen-reader-only',
  'visually-hidden',
  'visuallyhidden',
  'a-offscreen',
]);

/**
 * Words that mark a class as a state or modifier of some other element ("nav-open" on <body>,
 * "has-mega-menu" on a wrapper) or as a page layout holding a menu and the content ("sidenav-layout"):
 * such a class says nothing about the element being a menu.
 */
const NOT_A_MENU_WORDS = new Set([
  'is',
  'has',
  'with',
  'no',
  'open',
  'opened',
  'closed',
  'active',
  'collapsed',
  'expanded',
  'toggle',
  'toggled',
  'visible',
  'hidden',
  'show',
  'shown',
  'enabled',
  'disabled',
  'offset',
  'push',
  'pushed',
  'layout',
  'body',
]);

const NAV_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'navmenu',
  'navlinks',
  'sitenav',
  'topnav',
  'mainnav',
  'subnav',
  'sidenav',
  'menu',
  'menubar',
  'megamenu',
  'submenu',
  'breadcrumb',
  'breadcrumbs',
  'crumbs',
  'skiplink',
  'skiplinks',
  'cookie',
  'cookies',
  'cookiebot',
  'onetrust',
  'gdpr',
]);
const SKIP_LINK_PARTNERS = new Set(['link', 'links', 'to', 'content', 'main', 'nav', 'navigation']);
const CONSENT_PARTNERS = new Set(['banner', 'bar', 'notice', 'popup', 'modal', 'dialog', 'box', 'overlay', 'manager']);

const INLINE_HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;
const LETTER = /\p{L}/u;
/** Where collapsible whitespace stops being a single space between words. */
const COLLAPSE_POINT = /[\t\n\f\r]| (?=[ \t\n\f\r]|$)/g;

/** Does a class or id token name a menu, breadcrumb, cookie banner or skip link? */
function isBoilerplateToken(token: string): boolean {
  const words = token
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let named = false;
  let skip = false;
  let skipPartner = false;
  let consent = false;
  let consentPartner = false;
  for (const word of words) {
    if (NOT_A_MENU_WORDS.has(word)) return false;
    if (NAV_WORDS.has(word)) named = true;
    if (word === 'skip') skip = true;
    else if (SKIP_LINK_PARTNERS.has(word)) skipPartner = true;
    if (word === 'consent') consent = true;
    else if (CONSENT_PARTNERS.has(word)) consentPartner = true;
  }
  return named || (skip && skipPartner) || (consent && consentPartner);
}

/**
 * Whether an element's class or id marks it as boilerplate (a menu, a cookie banner, a skip link) or
 * as visually hidden. A page repeats a few hundred class strings across thousands of elements, so
 * the verdict on each class string is kept (bounded): splitting and matching each one again was a
 * noticeable share of the walk on long pages.
 */
function hasSkippedName(el: Element): boolean {
  const id = el.getAttribute('id');
  if (id && isBoilerplateToken(id)) return true;
  const cls = el.getAttribute('class');
  if (!cls) return false;
  let verdict = classVerdicts.get(cls);
  if (verdict === undefined) {
    verdict = false;
    for (const token of cls.split(/\s+/)) {
      if (token && (isBoilerplateToken(token) || VISUALLY_HIDDEN_CLASSES.has(token.toLowerCase()))) {
        verdict = true;
        break;
      }
    }
    if (classVerdicts.size >= CLASS_VERDICTS_MAX) classVerdicts.clear();
    classVerdicts.set(cls, verdict);
  }
  return verdict;
}

const classVerdicts = new Map<string, boolean>();
const CLASS_VERDICTS_MAX = 4096;

function isBodyChild(el: Element): boolean {
  const parent = el.parentNode;
  return parent !== null && parent.nodeType === ELEMENT_NODE && nameOf(parent as Element) === 'body';
}

function nameOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase();
}

function ownKind(name: string, role: string): BlockKind {
  if (/^h[1-6]$/.test(name) || role === 'heading') return 'heading';
  if (name === 'p') return 'paragraph';
  if (name === 'li' || name === 'dt' || name === 'dd' || role === 'listitem') return 'list-item';
  if (name === 'td' || name === 'th' || role === 'cell' || role === 'gridcell') return 'cell';
  return 'other';
}

function isCollapsibleSpace(code: number): boolean {
  // HTML's collapsible whitespace: space, tab, LF, FF, CR. Not U+00A0.
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

interface Container {
  el: Element;
  kind: BlockKind;
}

/** An element the walk is inside of, with what to undo when it leaves. */
interface Frame {
  el: Element;
  isBlock: boolean;
  /** The container that was current before this element (restored on exit when it is a block). */
  outer: Container;
  sectioning: boolean;
  pre: boolean;
}

/**
 * The text blocks of `root`'s subtree in document order (see the module comment for the rules).
 * `root` itself is always read, whatever it is; its descendants are filtered.
 */
export function extractBlocks(root: Element, options: ExtractOptions = {}): Block[] {
  const blocks: Block[] = [];
  for (const block of walkBlocks(root, options)) if (block) blocks.push(block);
  return blocks;
}

/** How many nodes the walk visits between two checkpoints (a `null` yielded by walkBlocks). */
const NODES_PER_CHECKPOINT = 512;

/**
 * The walk's one rule for leaving an element (and everything inside it) out: form fields, scripts,
 * hidden and `aria-hidden` content, editable regions, dialogs that are closed, navigation and
 * boilerplate, the caller's own `skip` and `isHidden`. `sectioningDepth` is the number of
 * article/aside/main/nav/section elements above `el` (a header inside an article is read).
 */
function isSkippedElement(
  el: Element,
  name: string,
  role: string,
  sectioningDepth: number,
  options: ExtractOptions,
): boolean {
  const { isHidden, skip } = options;
  if (SKIPPED_TAGS.has(name)) return true;
  if (!el.hasAttributes()) {
    // Most elements of a long page are bare <p>, <li>, <b>…: only their tag can skip them.
    if (name === 'dialog' || name === 'nav') return true;
    if ((name === 'header' || name === 'footer' || name === 'aside') && sectioningDepth === 0) return true;
    return false;
  }
  if (el.hasAttribute('hidden')) return true;
  // Dialog libraries (react-modal, MUI, the aria-hidden package) set aria-hidden on every child of
  // <body> but the open dialog, i.e. on the whole page while a cookie or newsletter popup is up: there
  // it hides nothing from sighted readers, so it only counts deeper down (icons, duplicated text).
  if (el.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true' && !isBodyChild(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDING_STYLE.test(style)) return true;
  if (name === 'dialog' && !el.hasAttribute('open')) return true;
  if (name === 'nav' || BOILERPLATE_ROLES.has(role)) return true;
  if ((name === 'header' || name === 'footer' || name === 'aside') && sectioningDepth === 0) return true;
  if (!NEVER_BOILERPLATE_TAGS.has(name) && role !== 'main' && role !== 'article') {
    if (hasSkippedName(el)) return true;
  }
  if (skip?.(el)) return true;
  if (isHidden?.(el)) return true;
  return false;
}

/** How many of `node` and its ancestors have one of these tag names. */
function ancestorsNamed(node: Node, tags: ReadonlySet<string>): number {
  let n = 0;
  for (let up: Node | null = node; up; up = up.parentNode) {
    if (up.nodeType === ELEMENT_NODE && tags.has(nameOf(up as Element))) n++;
  }
  return n;
}

/**
 * Whether `el` lies in a part of `root` that the walk leaves out: `el` itself or any element
 * between it and `root` (root excluded, as the walk never judges its own root) is skipped by the
 * same rules as {@link walkBlocks}. A rescan that starts at a changed element inside `root` asks
 * this first, so text typed into an editor or changed inside hidden content is never read.
 */
export function isInSkippedPart(el: Element, root: Element, options: ExtractOptions = {}): boolean {
  if (el === root) return false;
  const chain: Element[] = [];
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) chain.push(cur);
  if (chain[chain.length - 1]?.parentElement !== root) return false; // not inside root
  let sectioningDepth = ancestorsNamed(root, SECTIONING_TAGS);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const cur = chain[i]!;
    const name = nameOf(cur);
    if (isSkippedElement(cur, name, roleOf(cur), sectioningDepth, options)) return true;
    if (SECTIONING_TAGS.has(name)) sectioningDepth++;
  }
  return false;
}

/** Most elements {@link textsBefore} looks back over, and the most elements one it reads may hold. */
const LOOK_BACK_ELEMENTS = 40;
const LOOK_BACK_DESCENDANTS = 100;

/**
 * The texts just before `el` in the page, nearest first: its previous siblings', then its parent's
 * previous siblings', up to `stop` (never above it) and at most LOOK_BACK_ELEMENTS of them. For
 * the lead-in above a region walked on its own ("Mats are said to:" above a list a page
 * re-rendered). A sibling of many elements (a whole section: no lead-in, no list item) is not
 * read: it yields "" and ends the look. Read lazily: the caller stops at the first text that is
 * neither.
 */
export function* textsBefore(el: Element, stop: Element): Generator<string, void, undefined> {
  let looked = 0;
  for (let cur: Element | null = el; cur && cur !== stop && looked < LOOK_BACK_ELEMENTS;) {
    const prev: Element | null = cur.previousElementSibling;
    if (!prev) {
      cur = cur.parentElement;
      continue;
    }
    looked++;
    cur = prev;
    if (prev.getElementsByTagName('*').length > LOOK_BACK_DESCENDANTS) {
      yield '';
      return;
    }
    const text = (prev.textContent ?? '').trim();
    if (text !== '') yield text;
  }
}

/**
 * The same walk as {@link extractBlocks}, resumable: it yields each block as soon as it is complete,
 * and `null` every few hundred nodes, so a caller working in time slices can stop between any two
 * yields (a page of 10,000 empty divs yields checkpoints even though it has no blocks).
 */
export function* walkBlocks(root: Element, options: ExtractOptions = {}): Generator<Block | null, void, undefined> {
  const { isBlock } = options;
  const blocks: Block[] = [];
  let visited = 0;

  // Is the walk inside article/aside/main/nav/section, or inside <pre> (root included)?
  let sectioningDepth = ancestorsNamed(root, SECTIONING_TAGS);
  let preDepth = ancestorsNamed(root, PRE_TAGS);

  let container: Container = { el: root, kind: ownKind(nameOf(root), roleOf(root)) };

  // The block being built.
  let parts: string[] = [];
  let pieces: TextPiece[] = [];
  let length = 0;
  let hasLetter = false;
  let blockContainer: Container | null = null;
  // The first character of a whitespace run seen after some text: emitted as one space if more text follows.
  let spaceNode: Text | null = null;
  let spaceOffset = 0;

  const emit = (node: Text, nodeStart: number, str: string): void => {
    if (blockContainer === null) blockContainer = container;
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart) {
      last.length += str.length;
    } else {
      pieces.push({ node, start: length, nodeStart, length: str.length });
    }
    parts.push(str);
    length += str.length;
    if (!hasLetter && LETTER.test(str)) hasLetter = true;
  };

  const endBlock = (): void => {
    if (hasLetter && blockContainer) {
      blocks.push({ text: parts.join(''), pieces, element: blockContainer.el, kind: blockContainer.kind });
    }
    if (length > 0) {
      parts = [];
      pieces = [];
      length = 0;
    }
    hasLetter = false;
    blockContainer = null;
    spaceNode = null;
  };

  const readText = (node: Text): void => {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const code = data.charCodeAt(i);
      if (isCollapsibleSpace(code)) {
        if (preDepth > 0 && (code === 10 || code === 13)) {
          endBlock();
        } else if (length > 0 && spaceNode === null) {
          spaceNode = node;
          spaceOffset = i;
        }
        i++;
        continue;
      }
      // A run of text up to the next whitespace that rendering would change (a tab or newline, two
      // spaces, a space at the end). Single spaces between words stay inside the run, so ordinary
      // text is copied in one slice per text node rather than one per word; the search itself runs
      // in the regular-expression engine.
      let j: number;
      if (preDepth > 0) {
        j = i + 1;
        while (j < n && !isCollapsibleSpace(data.charCodeAt(j))) j++;
      } else {
        COLLAPSE_POINT.lastIndex = i;
        const m = COLLAPSE_POINT.exec(data);
        j = m ? m.index : n;
      }
      if (spaceNode !== null) {
        emit(spaceNode, spaceOffset, ' ');
        spaceNode = null;
      }
      emit(node, i, data.slice(i, j));
      i = j;
    }
  };

  const isSkipped = (el: Element, name: string, role: string): boolean =>
    isSkippedElement(el, name, role, sectioningDepth, options);

  const stack: Frame[] = [];
  let node: Node | null = root.firstChild;
  for (;;) {
    if (blocks.length > 0) {
      for (const block of blocks) yield block;
      blocks.length = 0;
    }
    if (++visited % NODES_PER_CHECKPOINT === 0) yield null;
    if (node === null) {
      const frame = stack.pop();
      if (!frame) break;
      if (frame.isBlock) {
        endBlock();
        container = frame.outer;
      }
      if (frame.sectioning) sectioningDepth--;
      if (frame.pre) preDepth--;
      node = frame.el.nextSibling;
      continue;
    }

    if (node.nodeType === TEXT_NODE) {
      readText(node as Text);
      node = node.nextSibling;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      node = node.nextSibling; // comments, processing instructions, CDATA in foreign content
      continue;
    }

    const el = node as Element;
    const name = nameOf(el);
    if (name === 'br') {
      endBlock();
      node = el.nextSibling;
      continue;
    }
    const role = roleOf(el);
    const block = isBlock?.(el) ?? BLOCK_TAGS.has(name);
    if (isSkipped(el, name, role)) {
      // A skipped block (a nav between two paragraphs, a hidden div) still separates what is around it.
      if (block) endBlock();
      node = el.nextSibling;
      continue;
    }

    const frame: Frame = {
      el,
      isBlock: block,
      outer: container,
      sectioning: SECTIONING_TAGS.has(name),
      pre: PRE_TAGS.has(name),
    };
    if (block) {
      endBlock();
      const kind = ownKind(name, role);
      container = { el, kind: kind === 'other' ? container.kind : kind };
    }
    if (frame.sectioning) sectioningDepth++;
    if (frame.pre) preDepth++;
    stack.push(frame);
    node = el.firstChild;
  }
  endBlock();
  for (const block of blocks) yield block;
}

/**
 * Maps an offset in `block.text` back to a position in a text node, e.g. to build a DOM `Range`.
 * At the boundary between two pieces the position is ambiguous: `bias: 'start'` (for a range start)
 * gives the start of the later piece, `bias: 'end'` (for a range end) the end of the earlier one.
 * Throws a RangeError for an offset outside [0, text.length].
 */
export function toNodeOffset(
  block: Block,
  offset: number,
  bias: 'start' | 'end' = 'start',
): { node: Text; offset: number } {
  const { pieces } = block;
  if (!Number.isInteger(offset) || offset < 0 || offset > block.text.length || pieces.length === 0) {
    throw new RangeError(`offset ${offset} is outside the block (length ${block.text.length})`);
  }
  // The last piece starting at or before the offset ('start'), or strictly before it ('end').
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = pieces[mid]!.start;
    if (bias === 'start' ? s <= offset : s < offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo]!;
  return { node: piece.node, offset: piece.nodeStart + Math.max(0, offset - piece.start) };
}

/**
 * The nearest element at or above `node` that starts a block, never going above `stop`: re-walking
 * from it yields exactly the blocks that hold `node`, so a change inside it can be rescanned alone.
 */
export function blockAncestor(node: Node, stop: Element): Element {
  let el: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (el && el !== stop) {
    if (el.nodeType === ELEMENT_NODE && BLOCK_TAGS.has(nameOf(el as Element)) && nameOf(el as Element) !== 'br')
      return el as Element;
    el = el.parentNode;
  }
  return stop;
}
