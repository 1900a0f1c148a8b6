import { describe, expect, it } from 'vitest';
import { BadgeKeeper, badgeText, type BadgeApi, type TabsApi } from '../../src/background/badge';

function fakes(tabIds: number[] = [1, 2]) {
  const texts = new Map<number | undefined, string>();
  const icons = new Map<number | undefined, string>();
  const sent: Array<[number, unknown]> = [];
  const badge: BadgeApi = {
    setBadgeText: ({ tabId, text }) => void texts.set(tabId, text),
    setBadgeBackgroundColor: () => undefined,
    setIcon: ({ tabId, path }) => void icons.set(tabId, path['16'] ?? ''),
  };
  const tabs: TabsApi = {
    query: async () => tabIds.map((id) => ({ id })),
    sendMessage: async (tabId, message) => {
      sent.push([tabId, message]);
      if (tabId === 2) throw new Error('no content script');
      return undefined;
    },
  };
  return { texts, icons, sent, keeper: new BadgeKeeper(badge, tabs) };
}

describe('badgeText', () => {
  it.each<[number, string]>([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [42, '42'],
    [999, '999'],
    [1000, '999+'],
  ])('%s → %j', (count, text) => expect(badgeText(count)).toBe(text));
});

describe('BadgeKeeper', () => {
  it('shows each tab its own count and clears it at zero', async () => {
    const { texts, keeper } = fakes();
    await keeper.setCount(1, 5);
    await keeper.setCount(2, 3);
    expect(texts.get(1)).toBe('5');
    expect(texts.get(2)).toBe('3');
    await keeper.setCount(1, 0);
    expect(texts.get(1)).toBe('');
    expect(keeper.countOf(1)).toBe(0);
  });

  it('clears a tab when it navigates', async () => {
    const { texts, keeper } = fakes();
    await keeper.setCount(1, 7);
    await keeper.navigated(1);
    expect(texts.get(1)).toBe('');
    expect(keeper.countOf(1)).toBe(0);
  });

  it('after a restart clears every tab and asks each to report again, tolerating tabs without a content script', async () => {
    const { texts, sent, keeper } = fakes([1, 2, 3]);
    texts.set(1, '9');
    await keeper.restarted();
    expect([texts.get(1), texts.get(2), texts.get(3)]).toEqual(['', '', '']);
    expect(sent.map(([id]) => id).sort()).toEqual([1, 2, 3]);
    expect(sent.every(([, m]) => (m as { type: string }).type === 'pointwise:report-count')).toBe(true);
  });

  it('mutes the icon on a tab whose site is switched off, and unmutes it when it is back on', async () => {
    const { icons, texts, keeper } = fakes();
    await keeper.setCount(1, 0, false);
    expect(icons.get(1)).toBe('/icons/muted-16.png');
    expect(texts.get(1)).toBe('');
    expect(icons.has(2)).toBe(false);
    await keeper.setCount(1, 4, true);
    expect(icons.get(1)).toBe('/icons/16.png');
    expect(keeper.isMuted(1)).toBe(false);
  });

  it('a muted tab that navigates gets the normal icon until its next page says otherwise', async () => {
    const { icons, keeper } = fakes();
    await keeper.setCount(1, 0, false);
    await keeper.navigated(1);
    expect(icons.get(1)).toBe('/icons/16.png');
    expect(keeper.isMuted(1)).toBe(false);
  });

  it('a tab that navigates to a switched-off site is muted at once, with no page saying so', async () => {
    const { icons, keeper } = fakes();
    await keeper.setCount(1, 3, true);
    await keeper.navigated(1, true);
    expect(icons.get(1)).toBe('/icons/muted-16.png');
    expect(keeper.countOf(1)).toBe(0);
    await keeper.setMuted(1, false);
    expect(icons.get(1)).toBe('/icons/16.png');
  });
});
