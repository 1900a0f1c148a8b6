import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findScopes, hasText } from '../../src/page/sites';

function doc(body: string, title = 'Test'): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document;
}
const blog = { hostname: 'example.org', pathname: '/post' };
const amazon = { hostname: 'www.amazon.co.uk', pathname: '/dp/B000' };
const filler = 'Plenty of ordinary words to make this a real article. '.repeat(6);

describe('findScopes', () => {
  it('reads an Amazon product by its fields, not the carousel around it', () => {
    const d = doc(`
      <span id="productTitle">Spiky Acupressure Mat and Pillow</span>
      <div id="feature-bullets"><ul><li>Eases back pain</li></ul></div>
      <div id="productDescription"><p>Made of cotton.</p></div>
      <div class="a-carousel-container"><p>Yoga mat that relieves back pain</p></div>`);
    const [scope, ...rest] = findScopes(d, amazon);
    expect(rest).toEqual([]);
    expect(scope!.kind).toBe('amazon-product');
    expect(scope!.title).toBe('Spiky Acupressure Mat and Pillow');
    expect(scope!.roots.map((r) => r.id)).toEqual(['productTitle', 'feature-bullets', 'productDescription']);
    expect(scope!.relevanceRoots.map((r) => r.id)).toEqual(['feature-bullets']);
  });

  it('falls back through the selector list when Amazon renames a field', () => {
    const d = doc(`<h1 id="title">Acupressure Mat</h1><div id="featurebullets_feature_div"><li>Soft</li></div>`);
    const [scope] = findScopes(d, amazon);
    expect(scope!.roots.map((r) => r.id)).toEqual(['title', 'featurebullets_feature_div']);
  });

  it('judges each search result card on its own', () => {
    const d = doc(`
      <div data-component-type="s-search-result" data-asin="A"><h2>Acupressure mat</h2><p>Eases back pain</p></div>
      <div data-component-type="s-search-result" data-asin="B"><h2>Yoga mat</h2><p>Relieves back pain</p></div>`);
    const scopes = findScopes(d, { hostname: 'www.amazon.com', pathname: '/s' });
    expect(scopes.map((s) => [s.kind, s.title])).toEqual([
      ['amazon-search-result', 'Acupressure mat'],
      ['amazon-search-result', 'Yoga mat'],
    ]);
  });

  it('recognises a saved Amazon page by its markup, whatever the host', () => {
    const d = doc(`<span id="productTitle">Acupressure mat</span>`);
    expect(findScopes(d, { hostname: '', pathname: '/tmp/saved.html' })[0]!.kind).toBe('amazon-product');
  });

  it('reads the reviews page with the product link deciding relevance', () => {
    const d = doc(
      `<a data-hook="product-link">Nail Bed Acupressure Mat</a><div id="cm_cr-review_list"><div data-hook="review-body">My sciatica is gone.</div></div>`,
    );
    const [scope] = findScopes(d, { hostname: 'www.amazon.com', pathname: '/product-reviews/B000' });
    expect(scope!.kind).toBe('amazon-reviews');
    expect(scope!.title).toBe('Nail Bed Acupressure Mat');
  });

  it('reads a blog post by its article content', () => {
    const d = doc(
      `<nav>Menu</nav><div class="entry-content"><h1>Mats</h1><p>${filler}</p></div><aside>Sidebar</aside>`,
    );
    const [scope] = findScopes(d, blog);
    expect(scope!.kind).toBe('article');
    expect(scope!.roots[0]!.className).toBe('entry-content');
  });

  it('judges several articles on one page separately', () => {
    const d = doc(`<article><h2>One</h2><p>${filler}</p></article><article><h2>Two</h2><p>${filler}</p></article>`);
    expect(findScopes(d, blog).map((s) => s.title)).toEqual(['One · Test', 'Two · Test']);
  });

  it('falls back to the whole body for a page with no article', () => {
    const d = doc(`<div><p>Short note.</p></div>`, 'Notes');
    const [scope] = findScopes(d, blog);
    expect(scope!.kind).toBe('generic');
    expect(scope!.title).toBe('Notes');
  });
});

describe('hasText', () => {
  const collapsed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  it.each([
    ['<p>short</p>', 5],
    ['<p>short</p>', 6],
    ['<p>  a  </p><p>  b  </p>', 3],
    ['<p>  a  </p><p>  b  </p>', 4],
    ['<div>\n\n   </div><p>one</p><span> two </span>', 7],
    ['<div>\n\n   </div><p>one</p><span> two </span>', 8],
    [`<p>${filler}</p>`, 200],
    ['<p>abc</p><p>def</p>', 6],
    ['', 1],
  ])('agrees with the collapsed text length: %j at %i', (html, min) => {
    const el = doc(`<main>${html}</main>`).querySelector('main')!;
    expect(hasText(el, min)).toBe(collapsed(el) >= min);
  });
});
