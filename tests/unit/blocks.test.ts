import { parseHTML } from 'linkedom';
import { describe, expect, it, test } from 'vitest';
import { extractBlocks, isInSkippedPart, toNodeOffset, type Block, type ExtractOptions } from '../../src/page/blocks';

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
}

function blocksOf(body: string, options?: ExtractOptions): Block[] {
  return extractBlocks(page(body).body, options);
}

function textsOf(body: string, options?: ExtractOptions): string[] {
  return blocksOf(body, options).map((b) => b.text);
}

/** Whitespace as the block text shows it: every collapsible character reads as a space. */
function shown(ch: string | undefined): string | undefined {
  return ch !== undefined && /[ \t\n\f\r]/.test(ch) ? ' ' : ch;
}

/**
 * Every character of the block text maps back to the node character it came from, from both sides:
 * a range [i, i+1) built with toNodeOffset covers exactly that character.
 */
function expectExactOffsets(block: Block): void {
  for (let i = 0; i < block.text.length; i++) {
    const start = toNodeOffset(block, i, 'start');
    expect(shown(start.node.data[start.offset]), `start of ${i} in "${block.text}"`).toBe(block.text[i]);
    const end = toNodeOffset(block, i + 1, 'end');
    expect(shown(end.node.data[end.offset - 1]), `end of ${i + 1} in "${block.text}"`).toBe(block.text[i]);
    expect(end.node).toBe(start.node);
    expect(end.offset).toBe(start.offset + 1);
  }
  // The pieces tile the text, in order, each inside its node.
  let at = 0;
  for (const piece of block.pieces) {
    expect(piece.start).toBe(at);
    expect(piece.length).toBeGreaterThan(0);
    expect(piece.nodeStart + piece.length).toBeLessThanOrEqual(piece.node.data.length);
    at += piece.length;
  }
  expect(at).toBe(block.text.length);
}

describe('extractBlocks: inline elements join into one block', () => {
  test.each([
    ['bold', '<p>This mat <b>eases</b> shoulder stiffness.</p>', 'This mat eases shoulder stiffness.'],
    [
      'link and span',
      '<p>Lie on it to <a href="#">calm <span>your</span> nerves</a> at night.</p>',
      'Lie on it to calm your nerves at night.',
    ],
    ['split inside a word', '<p>It sooth<i>es</i> sore<strong> calves</strong>.</p>', 'It soothes sore calves.'],
    ['nested inline', '<p><span><em><u>Deeply</u> <mark>nested</mark></em> words</span></p>', 'Deeply nested words'],
    [
      'unknown and custom elements',
      '<p>A <mat-note>custom</mat-note> <font>tag</font> joins</p>',
      'A custom tag joins',
    ],
    ['inline at the top level', 'Loose <b>text</b> in the body', 'Loose text in the body'],
  ])('%s', (_name, body, expected) => {
    expect(textsOf(body)).toEqual([expected]);
  });
});

describe('extractBlocks: block-level elements split', () => {
  test.each([
    ['paragraphs', '<p>First one here.</p><p>Second one here.</p>', ['First one here.', 'Second one here.']],
    [
      'divs and sections',
      '<section><div>Alpha words</div><div>Beta words</div></section>',
      ['Alpha words', 'Beta words'],
    ],
    [
      'text around a nested block',
      '<div>Before it <p>inside it</p> after it</div>',
      ['Before it', 'inside it', 'after it'],
    ],
    ['list items', '<ul><li>One item</li><li>Two <b>item</b></li></ul>', ['One item', 'Two item']],
    ['definition list', '<dl><dt>Term</dt><dd>Meaning here</dd></dl>', ['Term', 'Meaning here']],
    ['table cells', '<table><tr><th>Name</th><td>Spiky mat</td></tr></table>', ['Name', 'Spiky mat']],
    [
      'blockquote and figcaption',
      '<blockquote>Quoted words</blockquote><figure><figcaption>A caption</figcaption></figure>',
      ['Quoted words', 'A caption'],
    ],
    [
      'br ends the block',
      '<p>Line one here<br>Line two here<br><br>Line three</p>',
      ['Line one here', 'Line two here', 'Line three'],
    ],
    [
      'newlines inside pre end the block',
      '<pre>first line\n  second   line\n\nthird line</pre>',
      ['first line', 'second line', 'third line'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(textsOf(body)).toEqual(expected);
  });

  it('reports the innermost block element and its kind', () => {
    const blocks = blocksOf(
      '<h2>A <span>heading</span></h2><p>A paragraph</p><ul><li>An item</li><li><div>In a div</div></li></ul>' +
        '<table><tr><td>A cell</td></tr></table><div>A div</div>',
    );
    expect(blocks.map((b) => [b.text, b.element.localName, b.kind])).toEqual([
      ['A heading', 'h2', 'heading'],
      ['A paragraph', 'p', 'paragraph'],
      ['An item', 'li', 'list-item'],
      ['In a div', 'div', 'list-item'],
      ['A cell', 'td', 'cell'],
      ['A div', 'div', 'other'],
    ]);
  });

  it('lets the caller say which elements are blocks', () => {
    const body = '<p><span class="row">Row one</span><span class="row">Row two</span></p>';
    expect(textsOf(body)).toEqual(['Row oneRow two']);
    expect(textsOf(body, { isBlock: (el) => (el.getAttribute('class') === 'row' ? true : undefined) })).toEqual([
      'Row one',
      'Row two',
    ]);
  });

  it('drops blocks without a letter', () => {
    expect(textsOf('<p>$29.99</p><p>★★★★☆</p><p> 100% </p><p>Real words</p><p>  </p>')).toEqual(['Real words']);
  });
});

describe('extractBlocks: whitespace collapses and offsets stay exact', () => {
  const cases = [
    '<p>\n    Lots   of\tspace\n<b>  here  </b>and   <i>there</i>   \n</p>',
    '<p>This mat <b>relieves</b> <a href="#">back <span>pain</span></a>.</p>',
    '<div>  Before it <p> inside\n\n it </p>  after   it  </div>',
    '<p>Mat&nbsp;&amp;&nbsp;pillow set &mdash; it&#8217;s &lt;great&gt;</p>',
    '<p>sooth<i>es</i>\r\n\t sore<strong> calves </strong> .</p>',
    '<pre>  keep   this\n  and this  </pre>',
    '<ul>\n  <li> one <b> two </b> </li>\n  <li>\tthree\t</li>\n</ul>',
  ];

  test.each(cases)('%s', (body) => {
    const blocks = blocksOf(body);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.text).toBe(block.text.trim());
      expect(block.text).not.toMatch(/[ \t\n\f\r]{2}|[\t\n\f\r]/);
      expectExactOffsets(block);
    }
  });

  it('collapses runs to one space and trims the ends', () => {
    expect(textsOf(cases[0]!)).toEqual(['Lots of space here and there']);
    expect(textsOf(cases[2]!)).toEqual(['Before it', 'inside it', 'after it']);
    expect(textsOf(cases[6]!)).toEqual(['one two', 'three']);
  });

  it('decodes entities and keeps no-break spaces', () => {
    expect(textsOf(cases[3]!)).toEqual(['Mat\u00a0&\u00a0pillow set \u2014 it\u2019s <great>']);
    expect(textsOf('<p>a&nbsp; &nbsp;b</p>')).toEqual(['a\u00a0 \u00a0b']);
  });

  it('maps piece boundaries by bias', () => {
    const [block] = blocksOf('<p><b>back</b>pain</p>');
    expect(block!.text).toBe('backpain');
    const back = block!.pieces[0]!.node;
    const pain = block!.pieces[1]!.node;
    expect(back.data).toBe('back');
    expect(pain.data).toBe('pain');
    expect(toNodeOffset(block!, 4, 'start')).toEqual({ node: pain, offset: 0 });
    expect(toNodeOffset(block!, 4, 'end')).toEqual({ node: back, offset: 4 });
    expect(toNodeOffset(block!, 0, 'end')).toEqual({ node: back, offset: 0 });
    expect(toNodeOffset(block!, 8, 'start')).toEqual({ node: pain, offset: 4 });
    expect(toNodeOffset(block!, 2)).toEqual({ node: back, offset: 2 });
    expect(() => toNodeOffset(block!, -1)).toThrow(RangeError);
    expect(() => toNodeOffset(block!, 9)).toThrow(RangeError);
  });

  it('maps a collapsed space to the first character of its run', () => {
    const [block] = blocksOf('<p>calm   \n <b>  mind</b></p>');
    expect(block!.text).toBe('calm mind');
    const space = toNodeOffset(block!, 4);
    expect(space.node.data).toBe('calm   \n ');
    expect(space.offset).toBe(4);
    expect(toNodeOffset(block!, 5)).toEqual({ node: block!.pieces[block!.pieces.length - 1]!.node, offset: 2 });
  });
});

describe('extractBlocks: what is skipped', () => {
  const kept = 'Visible claim text';
  test.each([
    ['script', '<script>var note = "Hidden script words";</script>'],
    ['style', '<style>.x::after { content: "Hidden style words" }</style>'],
    ['noscript', '<noscript><p>Hidden noscript words</p></noscript>'],
    ['template', '<template><p>Hidden template words</p></template>'],
    ['textarea', '<textarea>Hidden textarea words</textarea>'],
    ['select', '<select><option>Hidden option words</option></select>'],
    ['button', '<button>Hidden button words</button>'],
    ['svg', '<svg><text>Hidden svg words</text><title>Hidden svg title</title></svg>'],
    ['iframe', '<iframe>Hidden iframe words</iframe>'],
    ['nav', '<nav><a href="/">Hidden nav words</a></nav>'],
    ['page-level header', '<header><p>Hidden header words</p></header>'],
    ['page-level footer', '<footer>Hidden footer words</footer>'],
    ['page-level aside', '<aside>Hidden aside words</aside>'],
    ['role=navigation', '<div role="navigation">Hidden role words</div>'],
    ['role=banner', '<div role="banner">Hidden banner words</div>'],
    ['role=contentinfo', '<div role="contentinfo">Hidden contentinfo words</div>'],
    ['role=search', '<form role="search">Hidden search words</form>'],
    ['hidden attribute', '<p hidden>Hidden attribute words</p>'],
    ['aria-hidden', '<div><div aria-hidden="true">Hidden aria words</div></div>'],
    ['inline display:none', '<div style="color: red; display: none">Hidden style attribute words</div>'],
    ['closed dialog', '<dialog>Hidden dialog words</dialog>'],
    ['contenteditable', '<div contenteditable>Hidden editable words</div>'],
    ['contenteditable=true', '<div contenteditable="true"><p>Hidden editable words</p></div>'],
    ['screen-reader-only text', '<p><span class="sr-only">Hidden reader words</span></p>'],
    ['menu class', '<ul class="main-menu"><li>Hidden menu words</li></ul>'],
    ['nav class in camelCase', '<div id="topNavBar">Hidden camel words</div>'],
    ['breadcrumb', '<ol class="breadcrumbs"><li>Hidden crumb words</li></ol>'],
    ['cookie banner', '<div id="cookie-banner">Hidden cookie words</div>'],
    ['consent popup', '<div class="consent-popup">Hidden consent words</div>'],
    ['skip link', '<a class="skip-to-content" href="#main">Hidden skip words</a>'],
  ])('%s', (_name, skippedHtml) => {
    const texts = textsOf(`<main><p>${kept}</p></main>${skippedHtml}`);
    expect(texts).toEqual([kept]);
  });

  it('keeps header, footer and aside that belong to an article', () => {
    const texts = textsOf(
      '<article><header><h1>Article title</h1></header><p>Body text</p><aside>Pull quote</aside><footer>By a writer</footer></article>',
    );
    expect(texts).toEqual(['Article title', 'Body text', 'Pull quote', 'By a writer']);
  });

  it('reads everything under a root that is itself inside an article', () => {
    const doc = page('<article><div id="root"><header>Byline words</header><p>Body words</p></div></article>');
    const root = doc.getElementById('root')!;
    expect(extractBlocks(root).map((b) => b.text)).toEqual(['Byline words', 'Body words']);
  });

  it('does not mistake state classes or content containers for menus', () => {
    const doc = parseHTML(
      '<!DOCTYPE html><html><body class="nav-open has-mega-menu"><div class="page menu-is-closed">' +
        '<main class="main-nav-offset"><p>Content words</p></main><article id="menu"><p>More words</p></article></div></body></html>',
    ).document;
    expect(extractBlocks(doc.body).map((b) => b.text)).toEqual(['Content words', 'More words']);
  });

  it('ignores aria-hidden on the children of <body>, where dialog libraries hide the whole page', () => {
    const texts = textsOf(
      '<div id="app" aria-hidden="true"><p>Page words</p><p><i aria-hidden="true">Icon words</i>More words</p></div>' +
        '<div role="dialog"><p>Dialog words</p></div>',
    );
    expect(texts).toEqual(['Page words', 'More words', 'Dialog words']);
  });

  it('does not mistake a page layout around a side menu for the menu', () => {
    expect(
      textsOf('<div class="sidenav-layout"><ul class="sidenav"><li>Menu words</li></ul><p>Page words</p></div>'),
    ).toEqual(['Page words']);
  });

  it('keeps editable-false regions and non-true aria-hidden', () => {
    expect(textsOf('<div contenteditable="false">Fixed words</div><div aria-hidden="false">Shown words</div>')).toEqual(
      ['Fixed words', 'Shown words'],
    );
  });

  it('joins across a skipped inline element and splits at a skipped block', () => {
    expect(textsOf('<p>Calm <script>x()</script>mind</p>')).toEqual(['Calm mind']);
    expect(textsOf('<div>Top words<nav>Menu</nav>bottom words</div>')).toEqual(['Top words', 'bottom words']);
  });

  it('honours the isHidden and skip callbacks', () => {
    const body = '<p class="gone">Gone words</p><p data-rail="1">Rail words</p><p>Stay words</p>';
    const seen: string[] = [];
    const texts = textsOf(body, {
      isHidden: (el) => {
        seen.push(el.localName);
        return el.getAttribute('class') === 'gone';
      },
      skip: (el) => el.hasAttribute('data-rail'),
    });
    expect(texts).toEqual(['Stay words']);
    expect(seen).toContain('p');
  });
});

describe('extractBlocks: deep and large pages', () => {
  it('walks 10,000 nested blocks without overflowing the stack', () => {
    const depth = 10_000;
    const doc = page(`${'<div>'.repeat(depth)}Deep <b>inside</b> text${'</div>'.repeat(depth)}<p>After the tower</p>`);
    const blocks = extractBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual(['Deep inside text', 'After the tower']);
    expectExactOffsets(blocks[0]!);
  });

  it('joins text spread over 10,000 nested inline elements', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><body><p id="p"></p></body></html>');
    let parent: Element = document.getElementById('p')!;
    const words: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const span = document.createElement('span');
      span.appendChild(document.createTextNode(` w${i} `));
      words.push(`w${i}`);
      parent.appendChild(span);
      parent = span;
    }
    const blocks = extractBlocks(document.body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text).toBe(words.join(' '));
    expect(toNodeOffset(blocks[0]!, blocks[0]!.text.length - 1, 'start').node.data).toBe(' w9999 ');
  });

  it('reads a page with many blocks in document order', () => {
    const n = 5_000;
    const body = Array.from({ length: n }, (_, i) => `<p>Block <b>number</b> ${i}</p>`).join('');
    const texts = textsOf(body);
    expect(texts).toHaveLength(n);
    expect(texts[n - 1]).toBe(`Block number ${n - 1}`);
  });
});

describe("isInSkippedPart: a rescan starting inside the page obeys the first pass's rules", () => {
  const doc = page(`
    <main id="root">
      <p id="plain">Eases back pain.</p>
      <div contenteditable="true"><p id="typed">Cures insomnia.</p></div>
      <div contenteditable="false"><p id="not-editable">Eases stress.</p></div>
      <div hidden><p id="hidden">Boosts energy.</p></div>
      <section aria-hidden="true"><p id="aria">Improves sleep.</p></section>
      <div style="display: none"><p id="styled">Lowers blood pressure.</p></div>
      <form><textarea id="field">Detoxes the body.</textarea></form>
      <article><header><p id="article-header">Relieves headaches.</p></header></article>
      <div class="site-promo"><p id="skipped-by-caller">Burns fat.</p></div>
    </main>`);
  const root = doc.getElementById('root')!;
  const el = (id: string) => doc.getElementById(id)!;
  const options: ExtractOptions = { skip: (e) => e.getAttribute('class') === 'site-promo' };

  test.each([
    ['plain', false],
    ['typed', true],
    ['not-editable', false],
    ['hidden', true],
    ['aria', true],
    ['styled', true],
    ['field', true],
    ['article-header', false],
    ['skipped-by-caller', true],
  ])('#%s → %s', (id, skipped) => {
    expect(isInSkippedPart(el(id), root, options)).toBe(skipped);
    // The first pass agrees: a skipped element's text is never in a block.
    const inBlocks = extractBlocks(root, options).some((b) => b.text.includes(el(id).textContent.trim()));
    expect(inBlocks).toBe(!skipped);
  });

  test('the root itself and elements outside it are not judged', () => {
    expect(isInSkippedPart(root, root)).toBe(false);
    expect(isInSkippedPart(doc.body, root)).toBe(false);
  });

  test('the editable element itself (a change to its own text) is skipped', () => {
    expect(isInSkippedPart(el('typed').parentElement!, root)).toBe(true);
  });
});
