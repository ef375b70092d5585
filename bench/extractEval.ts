import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { projectRoot } from '../src/config/projectRoot.js';
import { bundleResolver, readValidBundles } from '../src/extract/bundleResolver.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { readFrontMatter } from '../src/extract/frontMatter.js';
import type { Bundle } from '../src/ingest/bundleSchema.js';
import { validateBundle } from '../src/ingest/validateBundle.js';
import { scoreDraft, type DraftScore } from '../src/extract/scoreDraft.js';
import { storyLines } from '../src/extract/storyLines.js';

/**
 * `npm run eval:extract [-- <sources folder>]`: drafts every article of the sources folder
 * (default ../shared/sources next to the project) and scores each draft against the hand-written
 * bundle of the same basename in data/bundles/, linking against the OTHER bundles only (what the
 * graph would hold when the article arrives). Then times extraction alone on ~800-word articles
 * with the resolver in memory. Prints a table and writes bench/results/extract-eval.json.
 * A hand-written bundle next to the article (`<basename>.json` in the sources folder, as in
 * test/fixtures/articles) is used as its gold instead; the results of another folder than the
 * default go to bench/results/extract-eval-<folder name>.json.
 */
async function main(argv: string[]): Promise<void> {
  const root = projectRoot();
  const sourcesDir = resolve(argv[0] ?? join(root, '..', 'shared', 'sources'));
  const bundlesDir = join(root, 'data', 'bundles');
  const all = readValidBundles(bundlesDir).bundles.map(({ file, bundle }) => ({ name: basename(file, '.json'), bundle }));
  const articles = readdirSync(sourcesDir)
    .filter((name) => /\.(txt|md|html?)$/.test(name) && name.toLowerCase() !== 'readme.md')
    .sort();
  const rows: Array<{ article: string; gold: boolean; score?: DraftScore; warnings: number }> = [];
  for (const name of articles) {
    const base = basename(name, extname(name));
    const input = readFileSync(join(sourcesDir, name), 'utf8');
    const others = all.filter((b) => b.name !== base).map((b) => b.bundle);
    const resolver = bundleResolver(others);
    const result = await extractArticle(input, resolver, { format: /\.html?$/.test(name) ? 'html' : 'text' });
    const gold = goldNextTo(join(sourcesDir, `${base}.json`)) ?? all.find((b) => b.name === base)?.bundle;
    if (gold === undefined) {
      rows.push({ article: name, gold: false, warnings: result.warnings.length });
      continue;
    }
    const existingIds = new Set(others.flatMap((b) => b.entities.map((e) => e.id)));
    const head = readFrontMatter(result.text);
    const outside = [...storyLines(result.text, head.bodyStart).dropped, ...(head.titleRange !== undefined ? [head.titleRange] : []), { start: 0, end: head.bodyStart }];
    rows.push({ article: name, gold: true, score: scoreDraft(result.bundle, gold, existingIds, result.figures, outside), warnings: result.warnings.length });
  }

  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  const lines = ['article                      figs gold/draft/match  precision  recall  attribution  linked existing  outside'];
  const total = { gold: 0, draft: 0, matched: 0, right: 0, existing: 0, linked: 0, outside: 0 };
  for (const row of rows) {
    const s = row.score;
    if (s === undefined) {
      lines.push(`${row.article.padEnd(28)} (no hand-written bundle yet)`);
      continue;
    }
    total.gold += s.figures.gold;
    total.draft += s.figures.draft;
    total.matched += s.figures.matched;
    total.right += s.attribution.right;
    total.existing += s.linking.existing;
    total.linked += s.linking.linked;
    total.outside += s.outsideStory;
    lines.push(
      `${row.article.padEnd(28)} ${`${s.figures.gold}/${s.figures.draft}/${s.figures.matched}`.padStart(18)}  ${pct(s.figures.precision).padStart(9)}  ${pct(s.figures.recall).padStart(6)}  ${`${s.attribution.right}/${s.attribution.of}`.padStart(11)}  ${`${s.linking.linked}/${s.linking.existing}`.padStart(15)}  ${String(s.outsideStory).padStart(7)}`,
    );
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const totals = {
    precision: ratio(total.matched, total.draft),
    recall: ratio(total.matched, total.gold),
    attribution: ratio(total.right, total.matched),
    linkedShare: ratio(total.linked, total.existing),
    outsideStory: total.outside,
    ...total,
  };
  lines.push(
    `${'TOTAL'.padEnd(28)} ${`${total.gold}/${total.draft}/${total.matched}`.padStart(18)}  ${pct(totals.precision).padStart(9)}  ${pct(totals.recall).padStart(6)}  ${pct(totals.attribution).padStart(11)}  ${pct(totals.linkedShare).padStart(15)}  ${String(total.outside).padStart(7)}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const row of rows) {
    const s = row.score;
    if (s === undefined) continue;
    for (const m of s.missed) process.stdout.write(`  ${row.article}: missed ${m}\n`);
    for (const m of s.spurious) process.stdout.write(`  ${row.article}: extra ${m}\n`);
    for (const m of s.wrongAttribution) process.stdout.write(`  ${row.article}: attribution ${m}\n`);
    for (const m of s.linking.missing) process.stdout.write(`  ${row.article}: not linked ${m}\n`);
  }

  // Speed: extraction alone, resolver in memory, articles of about 800 words.
  const resolver = bundleResolver(all.map((b) => b.bundle));
  const bodies = articles.map((name) => readFileSync(join(sourcesDir, name), 'utf8'));
  const speedArticles = bodies.map((body) => {
    const head = readFrontMatter(body);
    const story = body.slice(head.bodyStart);
    let text = body.slice(0, head.bodyStart);
    while (text.split(/\s+/).length < 800) text += `${story}\n`;
    return text;
  });
  const words = speedArticles.reduce((sum, a) => sum + a.split(/\s+/).length, 0) / speedArticles.length;
  // Warm-up: one pass left the JIT cold (the first hundred runs are up to twice as slow as the
  // next), so the extractor runs 100 times before it is timed, as it would in a server.
  for (let i = 0; i < 100; i += 1) await extractArticle(speedArticles[i % speedArticles.length] ?? '', resolver);
  const runs = 200;
  // CPU time of this (single-threaded) process: on a shared machine wall time mostly measures
  // the other processes; wall time is reported too.
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) await extractArticle(speedArticles[i % speedArticles.length] ?? '', resolver);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const perSecond = runs / seconds;
  process.stdout.write(
    `\nspeed: ${perSecond.toFixed(1)} articles/s of ~${Math.round(words)} words on one core (CPU time, ${runs} runs, ${((seconds * 1000) / runs).toFixed(1)} ms each; wall ${(runs / wallSeconds).toFixed(1)}/s)\n`,
  );

  const results = {
    date: new Date().toISOString().slice(0, 10),
    sources: sourcesDir.endsWith(join('shared', 'sources')) ? '../shared/sources' : sourcesDir,
    articles: rows,
    totals,
    speed: { articlesPerSecond: Number(perSecond.toFixed(1)), wallArticlesPerSecond: Number((runs / wallSeconds).toFixed(1)), loadAverage: Number((await import('node:os')).loadavg()[0]?.toFixed(1)), wordsPerArticle: Math.round(words), msPerArticle: Number(((seconds * 1000) / runs).toFixed(2)), runs },
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const defaultSources = resolve(join(root, '..', 'shared', 'sources')) === sourcesDir;
  const resultsFile = defaultSources ? 'extract-eval.json' : `extract-eval-${basename(sourcesDir)}.json`;
  writeFileSync(join(root, 'bench', 'results', resultsFile), `${JSON.stringify(results, null, 2)}\n`);
}

/** The hand-written bundle stored next to an article, validated; undefined when there is none. */
function goldNextTo(file: string): Bundle | undefined {
  if (!existsSync(file)) return undefined;
  const checked = validateBundle(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!checked.ok) throw new Error(`${file} is not a valid bundle: ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return checked.bundle;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
