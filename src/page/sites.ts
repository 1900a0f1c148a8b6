/**
 * Where to look on a page: site profiles as data, and the scopes they yield.
 *
 * A scope is a part of a page whose relevance is judged on its own: an Amazon product (by its title
 * and bullets), each Amazon search result card (by its own text), the reviews of a product, an
 * article. A stray word elsewhere on the page (a carousel, a sidebar) decides nothing, because it is
 * in no scope's relevance roots.
 *
 * Amazon changes its markup often, so every field is an ordered list of selectors: the first that
 * matches wins. Add new ones at the end, never remove old ones.
 */
import type { ScopeKind } from '../shared/types';

/** English-language Amazon storefronts. */
export const AMAZON_HOST = /(^|\.)amazon\.(com|co\.uk|ca|com\.au|in|ie|sg|ae|sa|co\.za|com\.be|nl)$/i;

export const AMAZON_SELECTORS = {
  productTitle: [
    '#productTitle',
    '#title',
    'h1#title',
    '[data-feature-name="title"] h1',
    'h1.product-title-word-break',
  ],
  bullets: [
    '#feature-bullets',
    '#featurebullets_feature_div',
    '[data-feature-name="featurebullets"]',
    '#productFactsDesktopExpander',
  ],
  description: [
    '#productDescription',
    '#productDescription_feature_div',
    '[data-feature-name="productDescription"]',
    '#bookDescription_feature_div',
  ],
  aplus: ['#aplus', '#aplus_feature_div', '#aplusBrandStory_feature_div', '.aplus-v2', '[data-feature-name="aplus"]'],
  reviews: [
    '#cm-cr-dp-review-list',
    '#cm_cr-review_list',
    '#cm-reviews-list',
    '[data-hook="top-customer-reviews-widget"]',
    '#customerReviews',
    '#reviewsMedley',
    '#cm-cr-global-review-list',
  ],
  searchResult: ['div[data-component-type="s-search-result"]', 'div.s-result-item[data-asin]:not([data-asin=""])'],
  searchResultTitle: ['h2', '[data-cy="title-recipe"]', '.s-title-instructions-style'],
  reviewsPageProduct: ['[data-hook="product-link"]', '#cm_cr-product_info .product-title', '.product-title', 'h1'],
} as const;

/** Article containers, most specific first. */
export const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-content',
  '.article-body',
  '.post-body',
  '.story-body',
  'article',
  '[role="article"]',
  '[role="main"]',
  'main',
  '#content',
  '#main',
] as const;

/**
 * Readers' reviews and comments: read along with the article they belong to (a testimonial is a
 * claim too), wherever they sit on the page, but never deciding whether the page is about mats.
 */
export const RESPONSE_SELECTORS = [
  '#reviews',
  '.reviews',
  '.product-reviews',
  '.woocommerce-Reviews',
  '[itemprop="review"]',
  '#comments',
  '.comments',
  '.comment-list',
] as const;

/** Inside an article, parts that are never the article's own text. */
export const ARTICLE_SKIP = [
  '.related-posts',
  '.related',
  '.sharedaddy',
  '.share',
  '.social',
  '.newsletter',
  '.advertisement',
  '.ad',
  '.ads',
  '[id^="ad-"]',
  '.author-bio',
  '.widget',
  '.sidebar',
] as const;

/** Parts of an Amazon page that are other products, whatever their text says. */
export const AMAZON_SKIP = [
  '[data-a-carousel-options]',
  '.a-carousel-container',
  '[id^="sims"]',
  '[id*="sp_detail"]',
  '[cel_widget_id*="sims"]',
  '[data-feature-name*="sims"]',
  '#HLCXComparisonWidget_feature_div',
  '.s-result-item .a-carousel',
] as const;

export interface Scope {
  kind: ScopeKind;
  /** The element that identifies the scope (a card, the product's centre column, an article). */
  key: Element;
  /** Its title, for relevance and for the popup. */
  title: string;
  /** Elements whose text decides relevance (besides the title). */
  relevanceRoots: Element[];
  /** Elements whose text is annotated; they never overlap. */
  roots: Element[];
  /** Selectors of parts to leave out inside the roots. */
  skip: readonly string[];
}

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

function all(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = root.querySelectorAll(sel);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `textOf(el)` is at least `min` characters long, reading only as much of the element's
 * text as that takes (an article of a 2 MB page took 11 ms to read whole for this question).
 */
export function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text = (text + (node as Text).data).replace(/\s+/g, ' ').trimStart();
    if (text.trimEnd().length >= min) return true;
  }
  return false;
}

/**
 * Keep only elements not inside another kept one (two selectors can match nested elements).
 * `elements` must be in document order (querySelectorAll's order): a nested element then follows
 * its ancestor, so one containment check against the last kept element suffices — linear, which
 * matters on a forum page with thousands of <article>s.
 */
function outermost(elements: Array<Element | null>): Element[] {
  const kept: Element[] = [];
  for (const el of elements) {
    if (!el) continue;
    const last = kept[kept.length - 1];
    if (last && (last === el || last.contains(el))) continue;
    kept.push(el);
  }
  return kept;
}

/** `outermost` for a handful of elements in no particular order (a product page's fields). */
function outermostOf(elements: Array<Element | null>): Element[] {
  const list = elements.filter((e): e is Element => e !== null);
  return list.filter((el, i) => !list.some((other, j) => j !== i && other !== el && other.contains(el)));
}

function amazonScopes(doc: Document, path: string): Scope[] {
  const S = AMAZON_SELECTORS;
  const results = all(doc, S.searchResult);
  if (results.length > 0) {
    return results.map((card) => ({
      kind: 'amazon-search-result' as const,
      key: card,
      title: textOf(first(card, S.searchResultTitle)),
      relevanceRoots: [card],
      roots: [card],
      skip: AMAZON_SKIP,
    }));
  }
  const titleEl = first(doc, S.productTitle);
  if (/\/product-reviews\//.test(path) || (!titleEl && first(doc, S.reviews))) {
    const reviews = first(doc, S.reviews);
    const product = first(doc, S.reviewsPageProduct);
    if (!reviews) return [];
    return [
      {
        kind: 'amazon-reviews',
        key: reviews,
        title: textOf(product),
        relevanceRoots: product ? [product] : [reviews],
        roots: [reviews],
        skip: AMAZON_SKIP,
      },
    ];
  }
  if (!titleEl) return [];
  const bullets = first(doc, S.bullets);
  const roots = outermostOf([titleEl, bullets, first(doc, S.description), first(doc, S.aplus), first(doc, S.reviews)]);
  return [
    {
      kind: 'amazon-product',
      key: titleEl,
      title: textOf(titleEl),
      relevanceRoots: outermostOf([bullets]),
      roots,
      skip: AMAZON_SKIP,
    },
  ];
}

function articleScopes(doc: Document): Scope[] {
  const body = doc.body;
  if (!body) return [];
  const h1 = doc.querySelector('h1');
  const docTitle = (h1 && textOf(h1)) || doc.title;
  // Several separate articles (a blog's front page, the posts of a forum thread): each is judged on
  // its own text, under the page's heading too, so the posts of a thread titled after a mat count.
  const articles = outermost(Array.from(doc.querySelectorAll('article')));
  if (articles.length > 1) {
    return articles.map((article) => {
      let title: string | undefined;
      return {
        kind: 'article' as const,
        key: article,
        // Read when the scope is scanned, not up front: a forum page can hold thousands of posts.
        get title() {
          return (title ??= [textOf(article.querySelector('h1, h2, h3')), docTitle].filter(Boolean).join(' · '));
        },
        relevanceRoots: [article],
        roots: [article],
        skip: ARTICLE_SKIP,
      };
    });
  }
  for (const sel of ARTICLE_SELECTORS) {
    const el = doc.querySelector(sel);
    if (el && hasText(el, 200)) {
      const heading = textOf(el.querySelector('h1')) || docTitle;
      const responses = outermost(Array.from(doc.querySelectorAll(RESPONSE_SELECTORS.join(',')))).filter(
        (r) => !el.contains(r) && !r.contains(el),
      );
      return [
        {
          kind: 'article',
          key: el,
          title: heading,
          relevanceRoots: [el],
          roots: [el, ...responses],
          skip: ARTICLE_SKIP,
        },
      ];
    }
  }
  return [{ kind: 'generic', key: body, title: docTitle, relevanceRoots: [body], roots: [body], skip: ARTICLE_SKIP }];
}

/**
 * Markup only Amazon pages have. Recognising the structure, not just the host, means a saved Amazon
 * page opened from disk or scanned with `scan` reads the same as the live one.
 */
const AMAZON_MARKERS = [
  '#productTitle',
  'div[data-component-type="s-search-result"]',
  '#cm_cr-review_list',
  '[data-hook="review-body"]',
];

/** The scopes of a page, by site profile: Amazon (product, search, reviews) or article, else generic. */
export function findScopes(doc: Document, location: { hostname: string; pathname: string }): Scope[] {
  if (AMAZON_HOST.test(location.hostname) || first(doc, AMAZON_MARKERS)) {
    return amazonScopes(doc, location.pathname);
  }
  return articleScopes(doc);
}
