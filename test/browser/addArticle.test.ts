import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_WRITE_TOKEN } from '../support/graph.js';
import { deleteSyntheticCypher } from '../support/syntheticBundle.js';
import { explorerSession, hasChromium, phone, screenshot, warnWhenChromiumIsMissing, type Viewport } from './chromium.js';

/**
 * A short made-up report in this test's own words. The title starts with `tag`, so the
 * drafted source id and figure ids carry it and each test cleans up exactly what it wrote.
 */
function article(tag: string): string {
  return [
    '---',
    `title: ${tag} hotline keeps ringing`,
    'publisher: Test Gazette',
    'published: 2024-02-10',
    '---',
    `Ukraine's "I Want to Live" hotline is still taking calls from Russian troops, officials say. ${spokespersonSentence} The hotline now relies on more than 40 volunteers who work in shifts. It reportedly gets about 150 messages on a quiet day. Matviyenko said the service would keep running.`,
    '',
  ].join('\n');
}
const spokespersonSentence = 'Vitaly Matviyenko, a spokesperson for the POW department of GUR, told the Financial Times that the line had received 4,200 calls in January.';

const notEnglish = [
  '---',
  'title: Die Hotline',
  'publisher: Test Gazette',
  '---',
  'Die Hotline des ukrainischen Geheimdienstes bekommt jeden Tag viele Anrufe von russischen Soldaten, die sich ergeben wollen. Das sagte ein Sprecher der Behörde am Montag in Kiew.',
  '',
].join('\n');

/** Unique per test and run; lower-case letters and digits, so it survives slugging. */
function uniqueTag(name: string): string {
  return `addart${name}${Date.now().toString(36)}`;
}

const sourceFiguresQuery = /* GraphQL */ `
  query AddArticleSource($id: ID!) {
    node(id: $id) {
      ... on Source {
        id title publisher published
        figures(first: 20) {
          edges { node { id value lowerBound upperBound qualifier attribution { kind reporterLabel reportedBy { id } via { id } } about { id } } }
        }
      }
    }
  }
`;

warnWhenChromiumIsMissing();

describe.skipIf(!hasChromium)('adding an article in the explorer (Chromium)', () => {
  const session = explorerSession();
  const { open, foreignRequests, pageErrors } = session;
  const auth = { authorization: `Bearer ${TEST_WRITE_TOKEN}` };

  /** Opens the page, types the token (unless empty) and the text, and presses Draft. */
  async function draft(text: string, options: { token?: string; viewport?: Viewport } = {}): Promise<Page> {
    const page = await open('/explore/add', { viewport: options.viewport });
    const token = options.token ?? TEST_WRITE_TOKEN;
    if (token !== '') await page.getByLabel('Write token').fill(token);
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Draft' }).click();
    return page;
  }

  /** Removes what a test ingested: the source and what only it supports, then anything left with its tag. */
  async function cleanUp(tag: string, sourceId: string): Promise<void> {
    await session.server.query(`mutation($id: ID!) { retractSource(id: $id) { sourceId } }`, { id: sourceId }, auth);
    await session.server.graph.driver.executeQuery(deleteSyntheticCypher, { tag });
  }

  async function taggedNodes(tag: string): Promise<number> {
    const { records } = await session.server.graph.driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $tag RETURN count(n) AS n', { tag });
    return Number(records[0]!.get('n'));
  }

  it('is linked from the navigation and the start page', async () => {
    const page = await open('/explore');
    await expect(page.locator('a.card', { hasText: 'Add an article' }).getAttribute('href')).resolves.toBe('/explore/add');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add an article' }).click();
    await page.waitForURL('**/explore/add');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Add an article');
    await expect(page.getByLabel('Write token').getAttribute('type')).resolves.toBe('password');
  });

  it('refuses to draft without a write token, says so, and writes nothing', async () => {
    const tag = uniqueTag('notoken');
    const page = await draft(article(tag), { token: '' });
    const error = page.locator('.auth-error');
    await error.waitFor();
    await expect(error.locator('.notice-title').textContent()).resolves.toBe('The server refused the write token');
    await expect(error.locator('.reason-message').textContent()).resolves.toBe('Drafting and ingesting need a write token. Enter it in the “Write token” field and try again.');
    await expect(error.getAttribute('data-code')).resolves.toBe('UNAUTHENTICATED');
    await expect(page.locator('.review').count()).resolves.toBe(0);
    expect(await taggedNodes(tag)).toBe(0);
  });

  it('keeps the token in sessionStorage only, never in the address or localStorage', async () => {
    const tag = uniqueTag('storage');
    const page = await draft(article(tag));
    await page.locator('mark[data-figure-id]').first().waitFor();
    await expect(page.evaluate("sessionStorage.getItem('newsgraph.writeToken')")).resolves.toBe(TEST_WRITE_TOKEN);
    await expect(page.evaluate('localStorage.length')).resolves.toBe(0);
    expect(page.url()).toBe(`${session.server.url}/explore/add`);
    expect(await taggedNodes(tag)).toBe(0);
  });

  it('highlights the three figures and every name at their words, Matviyenko linked to Matvienko and the FT as via', async () => {
    const tag = uniqueTag('highlight');
    const page = await draft(article(tag));
    const figureMarks = page.locator('mark[data-figure-id]');
    await figureMarks.first().waitFor();
    const prefix = `figure:test-gazette-${tag}-hotline`;
    await expect(figureMarks.evaluateAll((marks) => marks.map((m) => [m.getAttribute('data-figure-id'), m.textContent]))).resolves.toEqual([
      [`${prefix}-pow-calls-total`, '4,200'],
      [`${prefix}-hotline-volunteers-total`, 'more than 40'],
      [`${prefix}-hotline-messages-total`, 'about 150'],
    ]);
    await expect(page.locator('mark.hl-mention').evaluateAll((marks) => marks.map((m) => [m.textContent, m.getAttribute('data-entity-id')]))).resolves.toEqual([
      ['Ukraine', 'place:ukraine'],
      ['I Want to Live" hotline', 'org:i-want-to-live-hotline'],
      ['Russian', 'org:russian-army'],
      ['Vitaly Matviyenko', 'person:vitaliy-matvienko'],
      ['POW', 'org:pow'],
      ['GUR', 'org:gur'],
      ['Financial Times', 'org:financial-times'],
      ['The hotline', 'org:i-want-to-live-hotline'],
      ['Matviyenko', 'person:vitaliy-matvienko'],
    ]);
    const spokesperson = page.locator('mark.hl-mention', { hasText: 'Vitaly Matviyenko' });
    await expect(spokesperson.getAttribute('title')).resolves.toBe('“Vitaly Matviyenko” → person:vitaliy-matvienko, Vitaliy Matvienko (person; in the graph)');
    await expect(page.locator('mark.hl-mention.hl-new').allTextContents()).resolves.toEqual(['POW']);
    await expect(page.locator('.review-summary').textContent()).resolves.toBe(
      `3 figures, 9 names of 7 entities, 0 warnings. Source: source:test-gazette-${tag}-hotline-keeps-ringing — “${tag} hotline keeps ringing”, Test Gazette.`,
    );

    // What was read from each number phrase, in the list beside the text.
    const reading = (figureId: string) =>
      page.locator(`li.draft-figure[data-figure-id="${figureId}"] dl.reading > div`).evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')?.textContent, r.querySelector('dd')?.textContent]));
    await expect(reading(`${prefix}-pow-calls-total`)).resolves.toEqual([
      ['Figure', '4,200 calls'],
      ['Hedge', 'exact'],
      ['Counts', 'calls (as reported)'],
      ['How', 'said'],
      ['Reported by', 'Vitaliy Matvienko'],
      ['Via', 'Financial Times'],
      ['Refers to', 'January 2024'],
    ]);
    await expect(reading(`${prefix}-hotline-volunteers-total`)).resolves.toEqual([
      ['Figure', 'more than 40 volunteers'],
      ['Hedge', 'more than'],
      ['Counts', 'volunteers (as reported)'],
      ['How', 'stated by the outlet'],
      ['Reported by', '—'],
      ['Refers to', 'no time given'],
    ]);
    await expect(reading(`${prefix}-hotline-messages-total`).then((rows) => rows.slice(0, 5))).resolves.toEqual([
      ['Figure', 'about 150 messages'],
      ['Hedge', 'about'],
      ['Counts', 'messages (as reported)'],
      ['How', 'reportedly (no named source)'],
      ['Reported by', '—'],
    ]);

    // Selecting a highlight shows what was read from it above the text.
    await figureMarks.nth(1).click();
    await expect(page.locator('.reading-box div:first-child dd').textContent()).resolves.toBe('more than 40 volunteers');

    // "Show in text" scrolls to the figure's sentence and marks it.
    await page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`).getByRole('button', { name: 'Show in text' }).click();
    const focus = page.locator('.draft-focus');
    await expect(focus.textContent()).resolves.toBe(spokespersonSentence);
    await expect(focus.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(focus.isVisible()).resolves.toBe(true);
    await screenshot(page, 'explore-add-article');
    expect(await taggedNodes(tag)).toBe(0);
  });

  it('shows a SAID figure left without reporter as a problem, and Undo clears it', async () => {
    const tag = uniqueTag('problems');
    const page = await draft(article(tag));
    const prefix = `figure:test-gazette-${tag}-hotline`;
    const card = page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`);
    await card.waitFor();
    await expect(page.locator('.checks-ok').textContent()).resolves.toBe('The page finds no problem in the corrected bundle.');
    await card.getByLabel('Reporter', { exact: true }).selectOption('');
    const problems = page.locator('.draft-problems');
    await problems.waitFor();
    await expect(problems.locator('.notice-title').textContent()).resolves.toBe('1 problem to fix: the server will refuse the bundle while it remains');
    await expect(problems.locator('li').allTextContents()).resolves.toEqual([
      `figures[0].attribution (${prefix}-pow-calls-total): a SAID figure needs reportedBy (an entity id) or reporterLabel (who, unnamed)`,
    ]);
    // A typed label for an unnamed reporter is enough.
    await page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`).getByLabel('Unnamed reporter').fill('a GUR official');
    await page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`).getByLabel('Unnamed reporter').press('Enter');
    await page.locator('.checks-ok').waitFor();
    await expect(page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"] div[data-field="Reported by"] dd`).textContent()).resolves.toBe('a GUR official (unnamed)');
    // Undo twice: back to the draft's own reporter.
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.draft-problems').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.checks-ok').waitFor();
    await expect(page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"] div[data-field="Reported by"] dd`).textContent()).resolves.toBe('Vitaliy Matvienko');
  });

  it('ingests the corrected draft: a dropped figure, a changed hedge and a relinked department are what the graph gets', async () => {
    const tag = uniqueTag('ingest');
    const sourceId = `source:test-gazette-${tag}-hotline-keeps-ringing`;
    const prefix = `figure:test-gazette-${tag}-hotline`;
    try {
      const departmentName = (await session.server.query(`{ node(id: "org:gur-pow-department") { ... on Entity { name } } }`)).body.data.node.name as string;
      const page = await draft(article(tag));
      const calls = page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`);
      await calls.waitFor();

      await page.locator(`li.draft-figure[data-figure-id="${prefix}-hotline-messages-total"]`).getByRole('button', { name: 'Drop figure' }).click();
      await expect(page.locator('.correction-note p').textContent()).resolves.toBe(`Dropped ${prefix}-hotline-messages-total.`);
      await expect(page.locator('mark.hl-dropped[data-figure-id]').allTextContents()).resolves.toEqual(['about 150']);

      await calls.getByLabel('Hedge').selectOption('ABOUT');
      await expect(page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"] div[data-field="Figure"] dd`).textContent()).resolves.toBe('about 4,200 calls');
      // An unnamed reporter instead of Matvienko: other test files count his figures while this runs.
      await calls.getByLabel('Reporter', { exact: true }).selectOption('');
      await calls.getByLabel('Unnamed reporter').fill('a GUR official');
      await calls.getByLabel('Unnamed reporter').press('Enter');
      await expect(calls.locator('div[data-field="Reported by"] dd').textContent()).resolves.toBe('a GUR official (unnamed)');

      const pow = page.locator('li.draft-entity[data-entity-id="org:pow"]');
      await pow.getByLabel('Entity id (paste an existing id to link to it)').fill('org:gur-pow-department');
      await pow.getByRole('button', { name: 'Link' }).click();
      await page.locator('.correction-note p', { hasText: 'org:pow is now' }).waitFor();
      await expect(page.locator('.correction-note p').textContent()).resolves.toBe('org:pow is now org:gur-pow-department, an entity already in the graph.');
      await expect(page.locator('mark.hl-mention', { hasText: 'POW' }).getAttribute('data-entity-id')).resolves.toBe('org:gur-pow-department');
      const department = page.locator('li.draft-entity[data-entity-id="org:gur-pow-department"]');
      await expect(department.locator('.link-state').textContent()).resolves.toBe('in the graph');
      // It takes the graph's name, so ingesting does not rename the department "POW".
      await expect(department.locator('.draft-entity-name').textContent()).resolves.toBe(departmentName);
      await expect(page.locator('.checks-ok').count()).resolves.toBe(1);

      await page.getByRole('button', { name: 'Ingest' }).click();
      const result = page.locator('.notice-success');
      await result.waitFor();
      await expect(result.locator('.notice-title').textContent()).resolves.toBe('Ingested');
      const link = result.getByRole('link', { name: `${tag} hotline keeps ringing` });
      await expect(link.getAttribute('href')).resolves.toBe(`/explore/source/${sourceId}`);
      await expect(result.locator('.nodes-created').textContent()).resolves.toMatch(/^[1-9]\d*$/);

      const { body } = await session.server.query(sourceFiguresQuery, { id: sourceId });
      const source = body.data.node;
      expect({ title: source.title, publisher: source.publisher, published: source.published }).toEqual({
        title: `${tag} hotline keeps ringing`,
        publisher: 'Test Gazette',
        published: '2024-02-10',
      });
      const figures = source.figures.edges
        .map((e: any) => ({ ...e.node, about: e.node.about.map((a: any) => a.id).sort() }))
        .sort((a: any, b: any) => a.id.localeCompare(b.id));
      expect(figures).toEqual([
        {
          id: `${prefix}-hotline-volunteers-total`,
          value: 40,
          lowerBound: 40,
          upperBound: null,
          qualifier: 'MORE_THAN',
          attribution: { kind: 'ASSERTED', reporterLabel: null, reportedBy: null, via: null },
          about: ['org:i-want-to-live-hotline'],
        },
        {
          id: `${prefix}-pow-calls-total`,
          value: 4200,
          lowerBound: null,
          upperBound: null,
          qualifier: 'ABOUT',
          attribution: { kind: 'SAID', reporterLabel: 'a GUR official', reportedBy: null, via: { id: 'org:financial-times' } },
          about: ['org:gur', 'org:gur-pow-department'],
        },
      ]);
      // The draft's "POW" became the existing department, under its own name: no org:pow was written.
      await expect(session.server.query(`{ node(id: "org:pow") { id } }`).then((r) => r.body.data.node)).resolves.toBeNull();
      await expect(session.server.query(`{ node(id: "org:gur-pow-department") { ... on Entity { name } } }`).then((r) => r.body.data.node.name)).resolves.toBe(departmentName);
      await screenshot(page, 'explore-add-article-ingested');

      await link.click();
      await page.waitForURL(`**/explore/source/${sourceId}`);
      await page.getByRole('heading', { level: 1, name: `${tag} hotline keeps ringing` }).waitFor();
    } finally {
      await cleanUp(tag, sourceId);
    }
  });

  it('shows the EMPTY_TEXT message for an empty text and the NOT_ENGLISH one for German', async () => {
    const page = await draft('   ');
    const empty = page.locator('.draft-error[data-reason="EMPTY_TEXT"]');
    await empty.waitFor();
    await expect(empty.locator('.notice-title').textContent()).resolves.toBe('The text could not be drafted');
    await expect(empty.locator('.reason-message').textContent()).resolves.toBe('There is no article text to draft from. Paste the article or open a file.');

    await page.getByLabel('Article text').fill(notEnglish);
    await page.getByRole('button', { name: 'Draft' }).click();
    const german = page.locator('.draft-error[data-reason="NOT_ENGLISH"]');
    await german.waitFor();
    await expect(german.locator('.reason-message').textContent()).resolves.toBe('The text does not read as English. Only articles in English can be drafted.');
    await expect(page.locator('.review').count()).resolves.toBe(0);
  });

  it('shows the server’s problems when it refuses a bundle, and writes nothing', async () => {
    const tag = uniqueTag('refused');
    const page = await draft(article(tag));
    await page.locator('li.draft-entity[data-entity-id="org:i-want-to-live-hotline"]').waitFor();
    // Dropping the hotline takes the two figures only about it along.
    await page.locator('li.draft-entity[data-entity-id="org:i-want-to-live-hotline"]').getByRole('button', { name: 'Drop entity' }).click();
    await expect(page.locator('li.draft-figure').count()).resolves.toBe(1);
    // A page-side problem the server would also refuse: the spokesperson relinked to an organisation id is caught before sending.
    const matvienko = page.locator('li.draft-entity[data-entity-id="person:vitaliy-matvienko"]');
    await matvienko.getByLabel('Entity id (paste an existing id to link to it)').fill('org:gur');
    await matvienko.getByRole('button', { name: 'Link' }).click();
    await expect(matvienko.locator('.form-error').textContent()).resolves.toBe('expected an id starting with "person:" for this person, got "org:gur"');

    // A problem the page shows is sent anyway when the reviewer insists: the server refuses it with its own list.
    const prefix = `figure:test-gazette-${tag}-hotline`;
    const card = page.locator(`li.draft-figure[data-figure-id="${prefix}-pow-calls-total"]`);
    await card.getByLabel('Reporter', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Ingest' }).click();
    const refused = page.locator('.ingest-problems');
    await refused.waitFor();
    await expect(refused.locator('.notice-title').textContent()).resolves.toBe('The server refused the bundle; nothing was written');
    await expect(refused.locator('li').allTextContents()).resolves.toEqual([
      `figures[0].attribution (${prefix}-pow-calls-total): a SAID figure needs reportedBy (an entity id) or reporterLabel (who, unnamed)`,
    ]);
    expect(await taggedNodes(tag)).toBe(0);
  });

  it('fits a phone screen with a draft under review: no sideways scrolling', async () => {
    const page = await draft(article(uniqueTag('phone')), { viewport: phone });
    await page.locator('mark[data-figure-id]').first().waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
  });

  it('loaded nothing from outside the server and threw no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
