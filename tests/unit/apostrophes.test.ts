import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPlainText } from '../../src/cli/run-scan';

/** Straight apostrophes inside words ("don't", "that's") turned typographic ("don’t", "that’s"), as most pages print them. */
const curl = (text: string) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');

describe('typographic apostrophes', () => {
  it('every dev-corpus document gives the same claims with them as with straight ones', async () => {
    const dir = 'tests/corpus';
    const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
    let curled = 0;
    const differing: string[] = [];
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      const other = curl(text);
      if (other === text) continue;
      curled += 1;
      // A typographic apostrophe is one UTF-16 unit like the straight one, so every offset matches too.
      const a = JSON.stringify(scanPlainText(text));
      const b = JSON.stringify(scanPlainText(other)).replace(/\u2019/g, "'");
      if (a !== b) differing.push(name);
    }
    expect(curled).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  }, 120_000);
});
