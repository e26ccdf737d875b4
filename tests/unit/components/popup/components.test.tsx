// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DataBar } from '@/components/popup/data-bar';
import { EmptyState } from '@/components/popup/empty-state';
import { LineCard } from '@/components/popup/line-card';
import { LineSummary, tierText } from '@/components/popup/line-summary';
import { bMobile } from '@/utils/providers/b-mobile';
import { rakutenMobile } from '@/utils/providers/rakuten-mobile';
import { usageTierFor } from '@/utils/providers/tiers';
import { dictionaryTranslator } from '@/utils/i18n/t';
import { makeFmt } from '@/utils/format';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import zhTW from '@/utils/i18n/locales/zh_TW.json';
import { RenewalGuide } from '@/components/popup/renewal-guide';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { lineStatus } from '@/components/popup/line-status';
import { providerEntries } from '@/utils/providers/names';
import { guideFor } from '@/entrypoints/popup/providers';
import {
  DAY,
  GUIDE_LISTS,
  HOUR,
  IIJ,
  NOW,
  POVO,
  at,
  click,
  fmt,
  line,
  mount,
  reading,
  text,
  translator,
  view,
} from '../../support/popup-seed';

const card = async (zone: string, readingOver: Parameters<typeof reading>[1] = {}, now = NOW, provider = POVO) => {
  const v = view(line('a', { lineId: '090-1234-5678' }), [reading('a', readingOver)]);
  const status = lineStatus(v, provider, DEFAULT_SETTINGS, now);
  return mount(<LineCard status={status} providerName="povo" name="090-1234-5678" fmt={fmt(zone, now)} onOpen={() => undefined} />);
};

describe('line card', () => {
  // 2026-12-31 23:59 in Tokyo is 22:59 in Shanghai (UTC+8, no DST).
  const expiresAt = at('2026-12-31T23:59:00+09:00');

  it('shows the expiry in the user zone and in JST for a traveller in Shanghai', async () => {
    const root = await card('Asia/Shanghai', { expiresAt });
    const expiry = text(root.querySelector('[data-testid=expiry]'));
    expect(expiry).toBe('Data until Thu 31 Dec 2026, 22:59 (your time) · 23:59 JST');
  });

  it('shows the date too when the day in Japan differs', async () => {
    const root = await card('America/Los_Angeles', { expiresAt: at('2026-12-31T08:00:00+09:00') });
    // 08:00 JST on the 31st is 15:00 on the 30th in Los Angeles.
    expect(text(root.querySelector('[data-testid=expiry]'))).toBe(
      'Data until Wed 30 Dec 2026, 15:00 (your time) · Thu 31 Dec 2026, 08:00 JST',
    );
  });

  it('shows one time when the user is in Japan', async () => {
    const root = await card('Asia/Tokyo', { expiresAt });
    expect(text(root.querySelector('[data-testid=expiry]'))).toBe('Data until Thu 31 Dec 2026, 23:59');
  });

  it('says the most urgent loss in the one day count, coloured by urgency', async () => {
    const headline = (root: HTMLElement) => text(root.querySelector('[data-testid=headline]'));
    // povo keeps the number by a rule: a topping ending is data lapsing, and then the number is at risk.
    let root = await card('Asia/Tokyo', { expiresAt: NOW + 3 * DAY + 5 * HOUR });
    expect(headline(root)).toBe('5 GB of data lapses in 3 days');
    expect(root.querySelector('[data-testid=headline]')?.getAttribute('data-urgency')).toBe('week');
    root = await card('Asia/Tokyo', { expiresAt: NOW + 5 * HOUR + 10 * 60_000 });
    expect(headline(root)).toBe('5 GB of data lapses today');
    expect(root.querySelector('[data-testid=headline]')?.getAttribute('data-urgency')).toBe('critical');
    root = await card('Asia/Tokyo', { expiresAt: NOW - HOUR });
    expect(headline(root)).toMatch(/^Number at risk in 1[78]\d days$/);
    // A prepaid SIM: its expiry is the number at risk.
    const prepaid = { ...POVO, lineKind: 'prepaid' as const, keepAlive: undefined };
    root = await card('Asia/Tokyo', { expiresAt: NOW + 3 * DAY + 5 * HOUR }, NOW, prepaid);
    expect(headline(root)).toBe('SIM expires in 3 days');
    root = await card('Asia/Tokyo', { expiresAt: NOW + 5 * HOUR + 10 * 60_000 }, NOW, prepaid);
    expect(headline(root)).toBe('SIM expires today');
    expect(root.querySelector('li')?.className).toContain('u-critical');
    root = await card('Asia/Tokyo', { expiresAt: NOW - HOUR }, NOW, prepaid);
    expect(headline(root)).toBe('Expired');
    expect(root.querySelector('li')?.className).toContain('u-expired');
  });

  it('a monthly plan says what was used this month and when it resets, never days left', async () => {
    const monthly = { ...POVO, lineKind: 'monthly' as const, keepAlive: undefined };
    const root = await card('Asia/Tokyo', { expiresAt: NOW + 3 * DAY, remainingMB: 4096, totalMB: 10240 }, NOW, monthly);
    expect(text(root.querySelector('[data-testid=headline]'))).toBe('6 GB used this month');
    expect(text(root.querySelector('[data-testid=expiry]'))).toMatch(/^Resets /);
  });

  it('marks a stale reading and says how long ago it was read', async () => {
    let root = await card('Asia/Tokyo', { at: NOW - 9 * DAY });
    expect(text(root.querySelector('[data-testid=read-at]'))).toBe('Read 9 days ago · may be out of date');
    expect(root.querySelector('[data-testid=stale]')).not.toBeNull();
    root = await card('Asia/Tokyo', { at: NOW - 3 * HOUR });
    expect(text(root.querySelector('[data-testid=read-at]'))).toBe('Read 3 hours ago');
    expect(root.querySelector('[data-testid=stale]')).toBeNull();
  });

  it('shows remaining of total as text and as a progress bar with a spoken value', async () => {
    const root = await card('Asia/Tokyo', { remainingMB: 7475.2, totalMB: 10240 });
    expect(text(root.querySelector('[data-testid=remaining]'))).toBe('7.3 GB');
    const bar = root.querySelector('[role=progressbar]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('73');
    expect(bar?.getAttribute('aria-valuetext')).toBe('7.3 GB of 10 GB left');
    expect(bar?.getAttribute('aria-label')).toBe('Data left');
  });

  it('shows the keep-alive deadline on the card once the line has lapsed', async () => {
    const valid = await card('Asia/Tokyo', { expiresAt: NOW + 5 * DAY });
    expect(valid.querySelector('[data-testid=keep-alive]')).toBeNull();
    const root = await card('Asia/Tokyo', { expiresAt: at('2026-12-20T23:59:00+09:00') });
    // 180 days after 2026-12-20 JST: a day, not a minute.
    expect(text(root.querySelector('[data-testid=keep-alive]'))).toBe('Keep your number, by Fri 18 Jun 2027: Buy a paid topping.');
  });

  it('says in the detail when the keep-alive deadline is only an estimate', async () => {
    const v = view(line('a'), [reading('a', { expiresAt: null })]);
    const status = lineStatus(v, POVO, DEFAULT_SETTINGS, NOW);
    expect(status.keepAlive?.anchorSource).toBe('firstSeen');
    let root = await mount(<LineSummary status={status} fmt={fmt()} detailed />);
    expect(text(root.querySelector('[data-testid=keep-alive-estimated]'))).toContain('Estimated from when Kigen first saw this line');
    root = await mount(<LineSummary status={status} fmt={fmt()} />);
    expect(root.querySelector('[data-testid=keep-alive-estimated]')).toBeNull();
    const known = lineStatus(view(line('a'), [reading('a')]), POVO, DEFAULT_SETTINGS, NOW);
    root = await mount(<LineSummary status={known} fmt={fmt()} detailed />);
    expect(root.querySelector('[data-testid=keep-alive]')).not.toBeNull();
    expect(root.querySelector('[data-testid=keep-alive-estimated]')).toBeNull();
  });

  it('marks manual lines', async () => {
    const v = view(line('m', { manual: true, provider: 'other' }), [reading('m', { source: 'manual', at: NOW - 2 * DAY })]);
    const root = await mount(
      <LineCard status={lineStatus(v, undefined, DEFAULT_SETTINGS, NOW)} providerName="Other provider" name="Travel" fmt={fmt()} onOpen={() => undefined} />,
    );
    expect(text(root.querySelector('[data-testid=manual]'))).toBe('Manual');
    expect(text(root.querySelector('[data-testid=read-at]'))).toBe('Entered by hand 2 days ago');
  });

  it('opens the detail from the card button', async () => {
    const onOpen = vi.fn();
    const v = view(line('a'), [reading('a')]);
    const root = await mount(
      <LineCard status={lineStatus(v, POVO, DEFAULT_SETTINGS, NOW)} providerName="povo" name={null} fmt={fmt()} onOpen={onOpen} />,
    );
    await click(root.querySelector('button.card-open'));
    expect(onOpen).toHaveBeenCalledWith('a');
  });

  it('gives a card that needs action a primary "Renew" to the provider’s page, and a calm card none', async () => {
    const onOpenUrl = vi.fn();
    const onOpen = vi.fn();
    const soon = view(line('a', { lineId: '090-1234-5678' }), [reading('a', { expiresAt: NOW + 2 * DAY })]);
    const root = await mount(
      <LineCard
        status={lineStatus(soon, POVO, DEFAULT_SETTINGS, NOW)}
        providerName="povo"
        name="090-1234-5678"
        renewUrl="https://shop.povo.jp/"
        fmt={fmt()}
        onOpen={onOpen}
        onOpenUrl={onOpenUrl}
      />,
    );
    const renew = root.querySelector<HTMLAnchorElement>('[data-testid=renew]');
    expect(renew?.classList.contains('primary')).toBe(true);
    expect(renew?.getAttribute('href')).toBe('https://shop.povo.jp/');
    // One name per card for screen readers: "Renew povo 090-1234-5678".
    expect(text(renew)).toBe('Renew povo 090-1234-5678');
    await click(renew);
    expect(onOpenUrl).toHaveBeenCalledWith('https://shop.povo.jp/');
    expect(onOpen).not.toHaveBeenCalled();

    const calm = view(line('b'), [reading('b', { expiresAt: NOW + 20 * DAY })]);
    const quiet = await mount(
      <LineCard
        status={lineStatus(calm, POVO, DEFAULT_SETTINGS, NOW)}
        providerName="povo"
        name={null}
        renewUrl="https://shop.povo.jp/"
        fmt={fmt()}
        onOpen={onOpen}
        onOpenUrl={onOpenUrl}
      />,
    );
    expect(quiet.querySelector('[data-testid=renew]')).toBeNull();
  });
});

describe('data bar', () => {
  const f = fmt();
  it('says "Unlimited" for an unlimited plan without a quota', async () => {
    const root = await mount(
      <DataBar reading={{ remainingMB: null, totalMB: null, usedMB: null, unlimited: true }} share={null} low={false} fmt={f} />,
    );
    expect(text(root)).toBe('Data Unlimited');
    expect(root.querySelector('[role=progressbar]')).toBeNull();
  });

  it('shows the high-speed quota of an unlimited plan with a bar', async () => {
    const root = await mount(
      <DataBar reading={{ remainingMB: 1024, totalMB: 3072, usedMB: null, unlimited: true }} share={1 / 3} low={false} fmt={f} />,
    );
    expect(text(root)).toBe('Unlimited High-speed data left 1 GB / 3 GB');
    expect(root.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('33');
  });

  it('colours the bar when data is low', async () => {
    const root = await mount(
      <DataBar reading={{ remainingMB: 100, totalMB: 3072, usedMB: null, unlimited: false }} share={0.03} low fmt={f} />,
    );
    expect(root.querySelector('.bar')?.classList.contains('low')).toBe(true);
  });
});

describe('empty state', () => {
  it('lists the providers with their account page host and offers the manual way', async () => {
    const onOpenUrl = vi.fn();
    const onAdd = vi.fn();
    const entries = providerEntries([POVO, IIJ], 'en', translator().t);
    const root = await mount(<EmptyState providers={entries} fmt={fmt()} onOpenUrl={onOpenUrl} onAddManual={onAdd} />);
    expect(text(root.querySelector('h2'))).toBe('No lines yet');
    const items = [...root.querySelectorAll('[data-testid=provider-list] li')].map(text);
    expect(items).toEqual(['povo shop.povo.jp', 'IIJmio www.iijmio.jp']);
    await click(root.querySelector('a[href="https://www.iijmio.jp/member/"]'));
    expect(onOpenUrl).toHaveBeenCalledWith('https://www.iijmio.jp/member/');
    await click([...root.querySelectorAll('button')].find((b) => text(b) === 'Add a line by hand'));
    expect(onAdd).toHaveBeenCalled();
  });
});

describe('renewal guide', () => {
  const ANY_LINE = { plan: null, unlimited: null, sourceUrl: null };
  const guide = (profile: Parameters<typeof guideFor>[0], name: string, facts: Parameters<typeof guideFor>[3] = ANY_LINE) =>
    mount(<RenewalGuide {...guideFor(profile, name, GUIDE_LISTS, facts)} fmt={fmt()} onOpenUrl={() => undefined} />);
  const summaries = (root: ParentNode, selector: string) => [...root.querySelectorAll(`${selector} > summary h4`)].map(text);

  it('numbers each method’s steps, links only the provider’s own page, and lists tips and help', async () => {
    const onOpenUrl = vi.fn();
    const root = await mount(<RenewalGuide {...guideFor(POVO, 'povo', GUIDE_LISTS, ANY_LINE)} fmt={fmt()} onOpenUrl={onOpenUrl} />);
    const methods = [...root.querySelectorAll('[data-testid=guide-method]')];
    expect(methods.map((m) => text(m.querySelector('summary h4')))).toEqual(['Online (website)', 'Convenience store / voucher']);
    const online = methods[0]!;
    expect(online.querySelector('ol')).not.toBeNull();
    expect([...online.querySelectorAll('ol > li')].map(text)).toEqual([
      'Open the povo app or shop.povo.jp and log in.',
      'Choose a topping.',
      'Pay and check the new expiry.',
    ]);
    expect([...methods[1]!.querySelectorAll('ol > li')].map(text)).toEqual([
      'Buy a povo voucher at a convenience store.',
      'Enter the code in the app.',
    ]);
    expect(text(root.querySelector('[data-testid=guide-tips]'))).toContain('Renew a few days early.');
    expect(text(root.querySelector('[data-testid=guide-troubleshooting]'))).toContain('Payment failed: try another card.');
    expect(text(root)).toContain('Contact povo support with your order number.');
    expect(text(root)).toContain('Toppings cannot be refunded.');
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://shop.povo.jp/']);
    await click(root.querySelector('a'));
    expect(onOpenUrl).toHaveBeenCalledWith('https://shop.povo.jp/');
  });

  it('opens the recommended method and collapses the others, the tips and the troubleshooting', async () => {
    const root = await guide(POVO, 'povo');
    const methods = [...root.querySelectorAll<HTMLDetailsElement>('details[data-testid=guide-method]')];
    expect(methods.map((d) => d.open)).toEqual([true, false]);
    expect(methods[0]?.dataset.recommended).toBe('true');
    expect(text(methods[0]?.querySelector('summary'))).toBe('Online (website) Recommended');
    expect(root.querySelector<HTMLDetailsElement>('details[data-testid=guide-tips]')?.open).toBe(false);
    expect(root.querySelector<HTMLDetailsElement>('details[data-testid=guide-troubleshooting]')?.open).toBe(false);
  });

  it('shows a b-mobile VISITOR SIM only its own method; with its plan unknown, both products under headings of their own', async () => {
    const visitor = await guide(bMobile, 'b-mobile', { plan: 'b-mobile VISITOR SIM', unlimited: false, sourceUrl: null });
    expect(summaries(visitor, '[data-testid=guide-method]')).toEqual(['Online (website) · VISITOR SIM']);
    const unknown = await guide(bMobile, 'b-mobile');
    const headings = [...unknown.querySelectorAll('h3, h4')].map(text);
    expect(summaries(unknown, '[data-testid=guide-method]')).toEqual([
      'Online (website) · VISITOR SIM',
      'Online (website) · U300',
      'Auto-renew · U300',
    ]);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('says there is nothing to top up when no method fits (an unlimited Rakuten line has no data charge)', async () => {
    const noShop = { ...rakutenMobile, renewal: { ...rakutenMobile.renewal, methods: rakutenMobile.renewal.methods.filter((m) => m.kind !== 'shop') } };
    const root = await guide(noShop, 'Rakuten Mobile', { plan: 'Rakuten最強プラン', unlimited: true, sourceUrl: null });
    expect(root.querySelectorAll('[data-testid=guide-method]')).toHaveLength(0);
    expect(text(root)).toContain('This line’s data is unlimited: there is nothing to top up.');
  });

  it('falls back to the generic lists for an unknown provider', async () => {
    const root = await guide(undefined, 'Other');
    expect(root.querySelectorAll('[data-testid=guide-method]')).toHaveLength(0);
    expect(text(root)).toContain('Kigen has no renewal guide for this provider yet.');
    expect(text(root.querySelector('[data-testid=guide-tips]'))).toContain('Renew a few days early.');
  });
});

describe('usage tier on a monthly line', () => {
  const GB = 1024;
  const rakutenCard = (usedMB: number | null, over: Parameters<typeof reading>[1] = {}) =>
    card('Asia/Tokyo', { expiresAt: null, remainingMB: null, totalMB: null, usedMB, ...over }, NOW, rakutenMobile);
  const tierLine = (root: HTMLElement) => root.querySelector('[data-testid=tier]');

  it('says which price step this month’s use is on and how much more moves it up', async () => {
    let root = await rakutenCard(2.7 * GB);
    expect(text(root.querySelector('[data-testid=headline]'))).toBe('2.7 GB used this month');
    expect(text(tierLine(root))).toBe("This month's price tier: ¥1,078 (up to 3 GB) · ¥2,178 after 307 MB more");
    root = await rakutenCard(3 * GB);
    expect(text(tierLine(root))).toBe("This month's price tier: ¥1,078 (up to 3 GB) · ¥2,178 with any more data");
    root = await rakutenCard(5.5 * GB);
    expect(text(tierLine(root))).toBe("This month's price tier: ¥2,178 (3 GB–20 GB) · ¥3,278 after 14.5 GB more");
    root = await rakutenCard(25 * GB);
    expect(text(tierLine(root))).toBe("This month's price tier: ¥3,278 (over 20 GB)");
  });

  it('shows no tier when the use is unknown or the provider has none', async () => {
    expect(tierLine(await rakutenCard(null))).toBeNull();
    expect(tierLine(await card('Asia/Tokyo', { usedMB: 2 * GB }, NOW, { ...POVO, lineKind: 'monthly', keepAlive: undefined }))).toBeNull();
  });

  it('shows it in the line detail too', async () => {
    const v = view(line('a', { provider: 'rakuten-mobile' }), [reading('a', { expiresAt: null, remainingMB: null, totalMB: null, usedMB: 10 * GB })]);
    const status = lineStatus(v, rakutenMobile, DEFAULT_SETTINGS, NOW);
    const root = await mount(<LineSummary status={status} fmt={fmt()} detailed />);
    expect(text(tierLine(root))).toContain('¥2,178 (3 GB–20 GB)');
  });

  it.each([
    ['ja', ja, '今月の料金段階：￥2,178（3 GB〜20 GB） · あと 14.5 GB で ￥3,278'],
    ['zh-CN', zhCN, '本月资费档位：JP¥2,178（3 GB–20 GB） · 再用 14.5 GB 即升至 JP¥3,278'],
    ['zh-TW', zhTW, '本月資費級距：¥2,178（3 GB–20 GB） · 再用 14.5 GB 即升至 ¥3,278'],
  ] as const)('reads naturally in %s', (locale, dict, expected) => {
    const tr = dictionaryTranslator(locale, dict, en, locale);
    const pos = usageTierFor(rakutenMobile.usageTiers, 5.5 * GB);
    expect(pos && tierText(pos, makeFmt(tr, 'Asia/Tokyo', NOW))).toBe(expected);
  });
});
