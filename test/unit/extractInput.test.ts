import { describe, expect, it } from 'vitest';
import { isGraphQLError } from '../../src/errors/codes.js';
import { bundleResolver } from '../../src/extract/bundleResolver.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { readFrontMatter } from '../../src/extract/frontMatter.js';
import { storyLines } from '../../src/extract/storyLines.js';

const resolver = bundleResolver([]);

async function failure(input: string): Promise<{ code: unknown; reason: unknown; message: string; stack: boolean }> {
  try {
    await extractArticle(input, resolver);
  } catch (error) {
    if (!isGraphQLError(error)) throw error;
    return { code: error.extensions['code'], reason: error.extensions['reason'], message: error.message, stack: /\bat .*:\d+:\d+/.test(error.message) };
  }
  throw new Error('expected extractArticle to fail');
}

describe('article input', () => {
  it('rejects empty text with BAD_USER_INPUT and reason EMPTY_TEXT', async () => {
    expect(await failure('   \n ')).toEqual({ code: 'BAD_USER_INPUT', reason: 'EMPTY_TEXT', message: 'expected article text, got an empty input', stack: false });
  });
  it('rejects binary data with reason NOT_TEXT', async () => {
    expect(await failure('PK\u0003\u0004\u0000\u0000binary')).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_TEXT' });
  });
  it('rejects a text that is not English with reason NOT_ENGLISH', async () => {
    const german = 'Titel\nDie Stadt hat gestern eine neue Brücke eröffnet. Viele Menschen kamen zur Feier und tanzten bis spät in die Nacht.';
    expect(await failure(german)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_ENGLISH' });
  });
  it('rejects more than 200,000 characters with reason TOO_LARGE', async () => {
    expect(await failure('a '.repeat(100_001))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LARGE' });
  });
  it('reads the front matter: title, publisher, partial publication date and url', () => {
    const input = '---\ntitle: Town fair draws crowds\npublisher: The Valley Post\npublished: 2024-05\nurl: https://example.org/fair\n---\n\nThe fair opened.';
    expect(readFrontMatter(input)).toEqual({ title: 'Town fair draws crowds', publisher: 'The Valley Post', published: '2024-05', url: 'https://example.org/fair', bodyStart: input.indexOf('\nThe fair') });
  });
  it('takes the first line as the title when there is no front matter', () => {
    expect(readFrontMatter('Town fair draws crowds\nThe fair opened.')).toMatchObject({ title: 'Town fair draws crowds', bodyStart: 23 });
  });
  it('drops link boxes: "Read more:", "Also today:", a "Related coverage" list and a "LATEST DEVELOPMENTS" block', () => {
    const text = 'The fair opened.\nLATEST DEVELOPMENTS:\nMayor opens 3 parksBakers strike over 40 ovens\nThe fair closed at dusk.\nRelated coverage\n- 12 new buses for the valley\nRead more: 9 tips for fairs\nAlso today: 4 roads closed';
    const { kept } = storyLines(text, 0);
    expect(kept.map((r) => text.slice(r.start, r.end))).toEqual(['The fair opened.', 'The fair closed at dusk.']);
  });
  it('takes the main text of a saved HTML page without navigation or sidebar', async () => {
    const html = `<!doctype html><html><head><title>Fair opens</title><meta property="og:site_name" content="Valley Post"></head><body>
      <nav><a href="/">Home</a> <a href="/news">More than 90 sections</a></nav>
      <article><h1>Fair opens</h1><p>The town fair in Millbrook opened on Saturday with more than 40 stalls selling food and crafts, and the organisers said it was their best year yet.</p>
      <p>About 3,000 people visited on the first day, the organisers said, and they expect more visitors over the weekend if the weather holds.</p></article>
      <aside><h2>Most read</h2><ul><li>Council approves 12 new buses</li></ul></aside></body></html>`;
    const result = await extractArticle(html, resolver, { format: 'html' });
    expect(result.bundle.source).toMatchObject({ title: 'Fair opens', publisher: 'Valley Post' });
    expect(result.bundle.figures.map((f) => f.value)).toEqual([40, 3000]);
    expect(result.text).toContain('The town fair in Millbrook opened');
    expect(result.text).not.toContain('Home');
  });
});
