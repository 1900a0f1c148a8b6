import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtml, scanPlainText } from '../../src/cli/run-scan';

/** Straight apostrophes inside words ("don't", "that's") turned typographic ("don’t", "that’s"), as most pages print them. */
const curl = (text: string) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
/** Every space between two words a no-break space, as pages write "20&nbsp;minutes" or "back&nbsp;pain". */
const noBreak = (text: string) => text.replace(/(?<=\S) (?=\S)/g, '\u00a0');

/**
 * The dev corpus's documents whose scan changes when `change` rewrites their text. Each change
 * replaces one UTF-16 unit with one, so every offset matches too; the scan's own copies of the
 * text (phrases, sentences) are compared after `back` folds both sides (some documents already
 * mix the two forms).
 */
async function differing(change: (text: string) => string, back: (json: string) => string) {
  const dir = 'tests/corpus';
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  let changed = 0;
  const differ: string[] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const other = change(text);
    if (other === text) continue;
    changed += 1;
    if (back(JSON.stringify(scanPlainText(text))) !== back(JSON.stringify(scanPlainText(other)))) differ.push(name);
  }
  return { changed, differ };
}

describe('typography real pages use', () => {
  it('typographic apostrophes: every dev-corpus document gives the same claims as with straight ones', async () => {
    const { changed, differ } = await differing(curl, (json) => json.replace(/\u2019/g, "'"));
    expect(changed).toBeGreaterThan(300);
    expect(differ).toEqual([]);
  }, 120_000);

  it('no-break spaces: every dev-corpus document gives the same claims and relevance as with plain ones', async () => {
    const { changed, differ } = await differing(noBreak, (json) => json.replace(/\u00a0/g, ' '));
    expect(changed).toBeGreaterThan(400);
    expect(differ).toEqual([]);
  }, 120_000);

  it('no-break spaces in a page: the same relevance, claims, lead-ins and citations as with plain spaces', () => {
    const page = [
      '<h1>Lotus Acupressure Mat and Pillow Set</h1>',
      '<p>The listing promises:</p><ul><li>Relieves back pain</li><li>Better sleep in 20 minutes</li></ul>',
      '<p>A 2011 study by Hohenschurz-Schmidt and colleagues found it eased neck pain.</p>',
      "<p>My sciatica is better, but whether that's the mat or the new chair I can't say.</p>",
    ].join('');
    const plain = scanHtml(page);
    expect(plain.relevant).toBe(true);
    expect(plain.claims.length).toBeGreaterThan(3);
    // Tags here have no attributes, so every space is one of the text's.
    const noBreak = scanHtml(page.replace(/ /g, '&nbsp;'));
    expect(JSON.stringify(noBreak).replace(/\u00a0/g, ' ')).toBe(JSON.stringify(plain));
  });
});
