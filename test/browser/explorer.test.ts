import { describe, expect, it } from 'vitest';
import { startTestServer } from '../support/graph.js';
import { deleteSyntheticCypher, loadSyntheticBundle } from '../support/syntheticBundle.js';
import { explorerSession, hasChromium, phone, screenshot, warnWhenChromiumIsMissing } from './chromium.js';

warnWhenChromiumIsMissing();

describe.skipIf(!hasChromium)('the explorer in Chromium (skipped when /usr/bin/chromium is missing)', () => {
  const session = explorerSession();
  const { open, foreignRequests, pageErrors } = session;

  it('suggests Daniil Alfyorov as "Alferov" is typed and opens his page from the keyboard', async () => {
    const page = await open('/explore');
    const search = page.getByRole('combobox', { name: 'Search the graph' });
    await search.pressSequentially('Alferov', { delay: 20 });
    // The list may first show the answer to a shorter prefix; wait for the one to "Alferov".
    const option = page.getByRole('option', { name: /Daniil Alfyorov/ }).filter({ hasText: 'also written Alferov' });
    await option.waitFor();
    await screenshot(page, 'explore-search');

    await search.press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await search.press('Enter');
    await page.waitForURL('**/explore/entity/person:daniil-alfyorov');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Daniil Alfyorov');
    await page.locator('#relations tbody tr').first().waitFor();
    const relations = await page.locator('#relations').textContent();
    expect(relations).toContain('Russian Army');
    expect(relations).toContain('lieutenant');
    await screenshot(page, 'explore-entity');
  });

  it("shows Matvienko's monthly application figures with their months and the change between them", async () => {
    const page = await open('/explore/figures?reporter=GUR&members=1');
    const december = page.locator('tr[data-figure-id="figure:hotline-applications-2022-12"]');
    const march = page.locator('tr[data-figure-id="figure:hotline-applications-2023-03"]');
    await december.waitFor();
    await expect(december.locator('time[datetime="2022-12"]').first().textContent()).resolves.toBe('December 2022');
    await expect(march.locator('time[datetime="2023-03"]').first().textContent()).resolves.toBe('March 2023');
    await expect(december.textContent()).resolves.toContain('1,500 applications');
    await expect(march.textContent()).resolves.toContain('almost 3,000 applications');
    await expect(march.textContent()).resolves.toContain('Vitaliy Matvienko');
    // Figures of the same quantity sit together, with the change from one month to the other.
    await expect(page.locator('.group-row').first().textContent()).resolves.toContain('+1,500 (+100%) since December 2022, over 3 months');
    // Across the four reports: Matvienko's eight, Yusov's reward, GUR's crew estimate, the POW department's two website counts.
    await expect(page.locator('.result-count').textContent()).resolves.toContain('12 figures match');
    await page.locator('.figure-results').scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollTo(0, document.querySelector(".figure-results").offsetTop - 20)');
    await screenshot(page, 'explore-figures');
  });

  it('finds the path from the pilot Kuzminov to GUR, each step with its source', async () => {
    const page = await open('/explore/path');
    const from = page.getByRole('combobox', { name: 'From' });
    await from.pressSequentially('Kuzminov', { delay: 10 });
    await page.getByRole('listbox', { name: 'Suggestions for From' }).locator('[data-id="person:maxim-kuzminov"]').click();
    const to = page.getByRole('combobox', { name: 'To' });
    await to.pressSequentially('GUR', { delay: 10 });
    await page.getByRole('listbox', { name: 'Suggestions for To' }).locator('[data-id="org:gur"]').click();
    await page.getByRole('button', { name: 'Find path' }).click();

    await page.waitForURL(/\/explore\/path\?from=person%3Amaxim-kuzminov&to=org%3Agur/);
    const steps = page.locator('.path-step');
    await steps.first().waitFor();
    const texts = await steps.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(1);
    expect(texts[0]).toMatch(/^.*Maxim Kuzminov/);
    expect(texts[texts.length - 1]).toContain('Main Directorate of Intelligence of Ukraine (GUR)');
    for (const text of texts) expect(text).toContain('Source:');
    await screenshot(page, 'explore-path');
  });

  it('loads a deep link to an entity directly, and the back button returns to it', async () => {
    const page = await open('/explore/entity/person:maxim-kuzminov');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Maxim Kuzminov');
    await expect(page.title()).resolves.toContain('Maxim Kuzminov');
    await page.locator('#relations').getByRole('link', { name: 'Russian Army' }).click();
    await page.waitForURL('**/explore/entity/org:russian-army');
    await page.getByRole('heading', { level: 1, name: 'Russian Army' }).waitFor();
    await page.goBack();
    await page.waitForURL('**/explore/entity/person:maxim-kuzminov');
    await page.getByRole('heading', { level: 1, name: 'Maxim Kuzminov' }).waitFor();
  });

  it('draws the neighbourhood graph and lets a keyboard user pick an entity from its list', async () => {
    const page = await open('/explore/graph/person:maxim-kuzminov');
    await page.locator('.graph-canvas canvas').first().waitFor();
    await expect(page.locator('.graph-stats').textContent()).resolves.toMatch(/\d+ entities and \d+ relationships/);
    // Two steps out: the pilot's landing place is reached through the landing event.
    await expect(page.locator('.node-list').textContent()).resolves.toContain('Poltava');
    await screenshot(page, 'explore-graph');

    await page.locator('.node-details summary').click();
    await page.locator('.node-list li[data-id="org:gur"] button').click();
    await expect(page.locator('.graph-panel h2').textContent()).resolves.toBe('Main Directorate of Intelligence of Ukraine (GUR)');
    await page.locator('.graph-panel').getByRole('button', { name: 'Expand its neighbours' }).click();
    await page.locator('.node-list li[data-id="org:i-want-to-live-hotline"]').waitFor();
  });

  it('keeps a 500-entity neighbourhood readable: rings by distance, labels on zoom or hover', async () => {
    const tag = 'browser500';
    await loadSyntheticBundle(session.server.graph.executor, tag, 250);
    try {
      const started = Date.now();
      const page = await open(`/explore/graph/org:${tag}-agency`);
      const stats = page.locator('.graph-stats');
      await stats.filter({ hasText: 'entities' }).waitFor();
      expect(Date.now() - started).toBeLessThan(10_000);
      await expect(stats.textContent()).resolves.toMatch(/^502 entities and \d+ relationships\. Labels appear as you zoom in/);
      await expect(page.getByRole('checkbox', { name: 'All labels' }).isChecked()).resolves.toBe(false);
      await screenshot(page, 'explore-graph-500');
    } finally {
      await session.server.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
    }
  });

  it('runs a query in the bundled GraphiQL console', async () => {
    const page = await open('/graphiql');
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .view-lines').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain('person:daniil-alfyorov');
    await screenshot(page, 'graphiql');
  });

  it('says plainly that the database is down instead of showing a blank page', async () => {
    const down = await startTestServer('bolt://127.0.0.1:1');
    try {
      const page = await open('/explore/entity/person:maxim-kuzminov', { base: down.url });
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('graph database is not available');
      await alert.getByRole('button', { name: 'Try again' }).waitFor();
    } finally {
      await down.close();
    }
  });

  it('says plainly when the server cannot be reached at all', async () => {
    const page = await open('/explore');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('combobox', { name: 'Search the graph' }).fill('Kyiv');
    await page.getByRole('status').filter({ hasText: 'Suggestions are unavailable' }).waitFor();
    await expect(page.locator('.combo-status-error').textContent()).resolves.toContain('cannot reach the server');
    await page.goto(`${session.server.url}/explore/figures`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The server cannot be reached');
  });

  it('says so when nothing matches a search', async () => {
    const page = await open('/explore/search?q=zzqxv');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing in the graph matches' }).textContent()).resolves.toContain('zzqxv');
  });

  it('fits a phone screen: no sideways scrolling on an entity page', async () => {
    const page = await open('/explore/entity/Matvienko', { viewport: phone });
    await page.locator('tr[data-figure-id]').first().waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
  });

  it('loaded nothing from outside the server and threw no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
