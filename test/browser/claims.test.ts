import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/ingest/loadBundle.js';
import { validateBundle } from '../../src/ingest/validateBundle.js';
import { deleteSyntheticCypher } from '../support/syntheticBundle.js';
import { explorerSession, hasChromium, phone, screenshot, warnWhenChromiumIsMissing } from './chromium.js';

/** The four seed sources, newest first as the explorer must list them. */
const seedSources = [
  { id: 'source:ukrainska-pravda-hotline-220-via-ft', published: '4 January 2024', publisher: 'Ukrainska Pravda' },
  { id: 'source:meduza-kuzminov-reward', published: '5 September 2023', publisher: 'Meduza' },
  { id: 'source:guardian-hotline-first-months', published: 'January 2023', publisher: 'The Guardian' },
  { id: 'source:express-hotline-defections', published: 'undated', publisher: 'not recorded' },
];

/**
 * Two reports of this test's own events that disagree on every date: one more event than a
 * page of disagreements holds (20), so the list needs a second page.
 */
const tag = 'claimsbrowser';
const eventCount = 21;
function report(letter: 'a' | 'b', day: string, published: string) {
  return {
    format: 'newsgraph.bundle/1' as const,
    source: { id: `source:${tag}-${letter}`, title: `Report ${letter} of ${tag}`, publisher: `Outlet ${letter.toUpperCase()} ${tag}`, published },
    entities: [
      { id: `place:${tag}-city`, type: 'Place' as const, name: `City ${tag}`, aliases: [], kind: 'city' },
      ...Array.from({ length: eventCount }, (_, i) => ({
        id: `event:${tag}-summit-${i}`,
        type: 'Event' as const,
        name: `Summit ${i} of ${tag}`,
        aliases: [],
        kind: 'MEETING',
        date: `2021-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
        place: `place:${tag}-city`,
      })),
    ],
    relationships: [],
    figures: [],
  };
}

/** The synthetic bundles' claims hang off their entities; delete them before the entities. */
const deleteClaimsCypher = `MATCH (c:Claim)-[:CLAIM_OF]->(n:Entity) WHERE n.id CONTAINS $tag DETACH DELETE c`;

warnWhenChromiumIsMissing();

describe.skipIf(!hasChromium)('claims, sources and disagreements in the explorer (Chromium)', () => {
  const session = explorerSession();
  const { open, foreignRequests, pageErrors } = session;

  it("shows both dates the sources give for the hotline's launch, The Guardian's day marked shown", async () => {
    const page = await open('/explore/entity/event:hotline-launch');
    const dates = page.locator('#claims tbody[data-property="date"] tr.claim');
    await dates.first().waitFor();
    await expect(dates.count()).resolves.toBe(2);

    const day = dates.nth(0);
    await expect(day.locator('time').getAttribute('datetime')).resolves.toBe('2022-09-15');
    await expect(day.locator('time').textContent()).resolves.toBe('15 September 2022');
    await expect(day.locator('.source-link').allTextContents()).resolves.toEqual(['The Guardian']);
    await expect(day.locator('.badge-shown').textContent()).resolves.toBe('shown');
    await expect(day.locator('.badge-disputed').count()).resolves.toBe(0);

    const month = dates.nth(1);
    await expect(month.locator('time').getAttribute('datetime')).resolves.toBe('2022-09');
    await expect(month.locator('time').textContent()).resolves.toBe('September 2022');
    await expect(month.locator('.source-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-source-id')))).resolves.toEqual([
      'source:ukrainska-pravda-hotline-220-via-ft',
      'source:express-hotline-defections',
    ]);
    await expect(month.locator('.badge-shown').count()).resolves.toBe(0);
    await expect(month.locator('.claim-status').textContent()).resolves.toBe('not shown');
    await page.locator('#claims').scrollIntoViewIfNeeded();
    await screenshot(page, 'explore-claims');

    // Each source is a link to its page.
    await day.getByRole('link', { name: 'The Guardian' }).click();
    await page.waitForURL('**/explore/source/source:guardian-hotline-first-months');
    await page.getByRole('heading', { level: 1, name: "Thousands of Russian soldiers contact Ukraine's surrender line (headline paraphrased)" }).waitFor();
  });

  it("lists Kuzminov's spellings behind a disclosure and his roles with their organisations", async () => {
    const page = await open('/explore/entity/person:maxim-kuzminov');
    const roles = page.locator('#claims tbody[data-property="role"] tr.claim');
    await roles.first().waitFor();
    const pilot = roles.filter({ hasText: 'helicopter pilot' });
    await expect(pilot.locator('.claim-value').textContent()).resolves.toBe('helicopter pilot in Organisation Russian Army');
    await expect(pilot.getByRole('link', { name: 'Russian Army' }).getAttribute('href')).resolves.toBe('/explore/entity/org:russian-army');
    await expect(pilot.locator('.source-link').allTextContents()).resolves.toEqual(['Meduza', 'Hundreds of Russian troops defect via Ukraine’s army hotline, defying the Kremlin (headline paraphrased)']);

    const spellings = page.locator('#claims details.spellings');
    await expect(spellings.locator('summary').textContent()).resolves.toBe('Spellings the sources use (4)');
    await expect(spellings.locator('.spelling-list').isVisible()).resolves.toBe(false);
    await spellings.locator('summary').click();
    const maksym = spellings.locator('li').filter({ hasText: 'Maksym Kuzminov' });
    await expect(maksym.isVisible()).resolves.toBe(true);
    await expect(maksym.locator('.source-link').allTextContents()).resolves.toEqual(['Meduza']);
    // Spellings are all kept, so none is singled out as shown.
    await expect(spellings.locator('.badge-shown').count()).resolves.toBe(0);
  });

  it('lists the four sources newest first, the undated seed last, and opens one', async () => {
    const page = await open('/explore');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL('**/explore/sources');
    await page.locator('tr[data-source-id]').first().waitFor();
    const rows = await page.locator('tr[data-source-id]').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-source-id'),
        published: tr.querySelector('[data-label="Published"]')?.textContent,
        publisher: tr.querySelector('[data-label="Publisher"]')?.textContent,
      })),
    );
    // Other test files may add sources of their own meanwhile; the seed's four keep their order.
    expect(rows.filter((row) => seedSources.some((s) => s.id === row.id))).toEqual(seedSources);
    await screenshot(page, 'explore-sources');

    await page.locator('tr[data-source-id="source:meduza-kuzminov-reward"]').getByRole('link', { name: /defecting helicopter pilot is to get/ }).click();
    await page.waitForURL('**/explore/source/source:meduza-kuzminov-reward');
    await page.getByRole('heading', { level: 1, name: 'Ukrainian intelligence: the defecting helicopter pilot is to get $500,000 (headline paraphrased)' }).waitFor();
  });

  it("shows Meduza's source page: publisher, date, the entities it names, what it says and its figures", async () => {
    const page = await open('/explore/source/source:meduza-kuzminov-reward');
    await page.locator('#figures tr[data-figure-id]').first().waitFor();
    await expect(page.locator('.source-publisher').textContent()).resolves.toBe('Meduza');
    await expect(page.locator('.source-published time').getAttribute('datetime')).resolves.toBe('2023-09-05');
    await expect(page.locator('.source-published').textContent()).resolves.toBe('5 September 2023');

    const entities = page.locator('#entities li');
    await expect(entities.count()).resolves.toBe(16);
    await expect(page.locator('#entities-title .count').textContent()).resolves.toBe('16');
    await expect(page.locator('#entities').getByRole('link', { name: 'Maxim Kuzminov', exact: true }).getAttribute('href')).resolves.toBe('/explore/entity/person:maxim-kuzminov');
    await expect(page.locator('#entities').getByRole('link', { name: 'Andriy Yusov', exact: true }).getAttribute('href')).resolves.toBe('/explore/entity/person:andriy-yusov');

    const yusov = page.locator('#claims tbody[data-subject-id="person:andriy-yusov"]');
    await expect(yusov.locator('tr.claim[data-property="role"] .claim-value').textContent()).resolves.toContain('representative in Organisation');
    await expect(yusov.locator('tr.claim[data-property="role"]').getByRole('link', { name: 'Main Directorate of Intelligence of Ukraine (GUR)' }).count()).resolves.toBe(1);
    // Meduza's description of GUR lost to another source's: the page says it is not the one shown.
    await expect(page.locator('#claims tbody[data-subject-id="org:gur"] tr.claim[data-property="description"] .claim-status').textContent()).resolves.toBe('not shown');

    const figureIds = await page.locator('#figures tr[data-figure-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-figure-id')).sort());
    expect(figureIds).toEqual(['figure:meduza-kuzminov-crew-probably-killed', 'figure:meduza-kuzminov-reward-usd']);
    await expect(page.locator('#figures-title .count').textContent()).resolves.toBe('2');
    await screenshot(page, 'explore-source');
  });

  it('marks the £500,000 and $500,000 rewards as not comparable rather than agreeing or not', async () => {
    const page = await open('/explore/source/source:meduza-kuzminov-reward');
    const dollars = page.locator('tr[data-figure-id="figure:meduza-kuzminov-reward-usd"]');
    await dollars.waitFor();
    const other = dollars.locator('li[data-verdict="NOT_COMPARABLE"]');
    await expect(other.getAttribute('data-figure-id')).resolves.toBe('figure:defector-reward-pot-max');
    await expect(other.textContent()).resolves.toContain('up to GBP 500,000');
    await expect(other.locator('.badge-not-comparable').textContent()).resolves.toBe('not comparable');
    await expect(other.locator('.badge-not-comparable').getAttribute('title')).resolves.toBe('different currencies (USD and GBP); amounts are not converted');
    await expect(dollars.locator('[data-verdict="CORROBORATES"], [data-verdict="CONTRADICTS"]').count()).resolves.toBe(0);
    // No change is worked out between amounts in two currencies.
    await expect(dollars.locator('.change').count()).resolves.toBe(0);
  });

  it("shows the seed's “more than 220” soldiers corroborating Ukrainska Pravda's, with reporter and source", async () => {
    const page = await open('/explore/source/source:ukrainska-pravda-hotline-220-via-ft');
    const figure = page.locator('tr[data-figure-id="figure:ukrainska-pravda-hotline-surrenders-more-than-220-2023-12"]');
    await figure.waitFor();
    const corroborated = figure.locator('details[data-verdict="CORROBORATES"]');
    await expect(corroborated.locator('summary').textContent()).resolves.toBe('✓ Corroborated by 2');
    await expect(figure.locator('details[data-verdict="CONTRADICTS"]').count()).resolves.toBe(0);
    const seedFigure = corroborated.locator('li[data-figure-id="figure:hotline-defections-more-than-220"]');
    await expect(seedFigure.isVisible()).resolves.toBe(false);
    await corroborated.locator('summary').click();
    await expect(seedFigure.isVisible()).resolves.toBe(true);
    await expect(seedFigure.locator('strong').textContent()).resolves.toBe('more than 220 soldiers');
    await expect(seedFigure.locator('.source-link').getAttribute('data-source-id')).resolves.toBe('source:express-hotline-defections');
    await expect(corroborated.locator('li[data-figure-id="figure:hotline-defections-hundreds"] strong').textContent()).resolves.toBe('hundreds of soldiers');
  });

  it('lists a contradicting date from a second report in the disagreements, page by page', async () => {
    const tags = { tag };
    try {
      for (const bundle of [report('a', '10', '2021-03-11'), report('b', '20', '2021-12-30')]) {
        const checked = validateBundle(bundle);
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
        await loadBundle(session.server.graph.executor, checked.bundle);
      }

      // One entity: both values marked disputed, the newer report's shown, each with its source.
      const page = await open(`/explore/disagreements?about=event:${tag}-summit-0`);
      const row = page.locator(`tr[data-subject-id="event:${tag}-summit-0"][data-property="date"]`);
      await row.waitFor();
      await expect(page.locator('.result-count').textContent()).resolves.toBe(`1 disagreement about “event:${tag}-summit-0”`);
      await expect(row.getByRole('link', { name: `Summit 0 of ${tag}` }).count()).resolves.toBe(1);
      await expect(row.locator('[data-label="Property"]').textContent()).resolves.toBe('Date');
      const values = row.locator('li.claim');
      await expect(values.count()).resolves.toBe(2);
      await expect(values.nth(0).locator('time').getAttribute('datetime')).resolves.toBe('2021-01-20');
      await expect(values.nth(0).locator('.source-link').textContent()).resolves.toBe(`Outlet B ${tag}`);
      await expect(values.nth(0).locator('.badge').allTextContents()).resolves.toEqual(['shown', 'disputed']);
      await expect(values.nth(1).locator('time').getAttribute('datetime')).resolves.toBe('2021-01-10');
      await expect(values.nth(1).locator('.source-link').textContent()).resolves.toBe(`Outlet A ${tag}`);
      await expect(values.nth(1).locator('.badge').allTextContents()).resolves.toEqual(['disputed']);
      await screenshot(page, 'explore-disagreements');

      // The entity page marks the same two dates disputed.
      await row.getByRole('link', { name: `Summit 0 of ${tag}` }).click();
      await page.waitForURL(`**/explore/entity/event:${tag}-summit-0`);
      const dates = page.locator('#claims tbody[data-property="date"] tr.claim-disputed');
      await dates.first().waitFor();
      await expect(dates.count()).resolves.toBe(2);

      // All of them: 21 of this test's own, over more than one page of 20.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Disagreements' }).click();
      await page.waitForURL('**/explore/disagreements');
      const ours = new Set<string>();
      for (let pages = 1; ; pages += 1) {
        await page.locator('.disagreements tbody tr').first().waitFor();
        const ids = await page.locator('.disagreements tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-subject-id') ?? ''));
        expect(ids.length).toBeLessThanOrEqual(20);
        for (const id of ids) if (id.includes(tag)) ours.add(id);
        const next = page.getByRole('link', { name: 'Next page' });
        if ((await next.count()) === 0) {
          expect(pages).toBeGreaterThanOrEqual(2);
          break;
        }
        const before = page.url();
        await next.click();
        await page.waitForURL((url) => url.href !== before && url.searchParams.has('after'));
        await page.getByRole('link', { name: 'First page' }).waitFor();
      }
      expect(ours.size).toBe(eventCount);
    } finally {
      await session.server.graph.driver.executeQuery(deleteClaimsCypher, tags);
      await session.server.graph.driver.executeQuery(deleteSyntheticCypher, tags);
    }
  });

  it('says so when a source id is unknown', async () => {
    const page = await open('/explore/source/source:no-such-article');
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain('The graph has no source with the id “source:no-such-article”.');
  });

  it('fits a phone screen: no sideways scrolling on a source page or an entity’s claims', async () => {
    for (const path of ['/explore/source/source:guardian-hotline-first-months', '/explore/entity/event:hotline-launch']) {
      const page = await open(path, { viewport: phone });
      await page.locator('tr.claim').first().waitFor();
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow, path).toBe(0);
    }
  });

  it('loaded nothing from outside the server and threw no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
