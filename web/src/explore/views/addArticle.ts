import { gql, type ApiError } from '../api';
import { h, replace, uniqueId } from '../dom';
import { errorBox } from '../components/feedback';
import { checkDraft, problemSubject } from '../draft/checkDraft';
import { dropEntity, relinkEntity, relinkMentions } from '../draft/corrections';
import { entityCard, typeWord } from '../draft/entityCard';
import { figureCard } from '../draft/figureCard';
import { figureReading, figureReadingLine } from '../draft/figureReading';
import { highlightText, type Highlight } from '../draft/highlightText';
import { entityName, isInGraph, newReview, type ReviewState } from '../draft/reviewState';
import { keepWriteToken, readWriteToken } from '../draft/writeToken';
import { draftArticleMutation, entityNameQuery, ingestArticleMutation } from '../queries';
import { routeUrl } from '../router';
import type { ArticleDraft, ArticleFormat, DraftMention, EntityRef, IngestResult } from '../types';
import type { BundleProblem, DraftBundle } from '../draft/bundle';
import type { ViewContext } from './context';

/**
 * "Add an article": paste or open an article, draft its bundle (draftArticle, writes nothing),
 * review what was read in the text itself, correct it in memory, then ingest (ingestArticle).
 * Both need a write token, kept in sessionStorage only. This view is the orchestrator: the
 * review's pieces live in ../draft/.
 */
export function addArticleView(context: ViewContext): void {
  context.setTitle('Add an article');
  let review: ReviewState | null = null;

  const tokenId = uniqueId('token');
  const token = h('input', {
    id: tokenId,
    type: 'password',
    name: 'token',
    autocomplete: 'off',
    spellcheck: 'false',
    value: readWriteToken(),
    'aria-describedby': `${tokenId}-hint`,
    oninput: () => keepWriteToken(token.value.trim()),
  });
  const textId = uniqueId('article');
  const text = h('textarea', { id: textId, name: 'article', rows: 12, spellcheck: 'false', placeholder: '---\ntitle: …\npublisher: …\npublished: 2024-01-31\n---\nThe article’s text…' });
  const fileId = uniqueId('file');
  const fileStatus = h('p', { class: 'muted file-status', role: 'status' });
  const formats: Array<{ value: '' | ArticleFormat; label: string }> = [
    { value: '', label: 'Guess' },
    { value: 'TEXT', label: 'Plain text' },
    { value: 'HTML', label: 'HTML page' },
  ];
  const formatName = uniqueId('format');
  const formatInputs = formats.map((f) => h('input', { type: 'radio', name: formatName, value: f.value, checked: f.value === '' }));
  const file = h('input', {
    id: fileId,
    type: 'file',
    accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html',
    onchange: () => void readFile(),
  });
  const draftButton = h('button', { type: 'submit', class: 'button' }, 'Draft');
  const draftStatus = h('div', { class: 'draft-status', 'aria-live': 'polite' });
  const reviewArea = h('div', { class: 'review-area' });

  async function readFile(): Promise<void> {
    const chosen = file.files?.[0];
    if (chosen === undefined) return;
    const content = await chosen.text();
    text.value = content;
    const isHtml = /\.html?$/i.test(chosen.name);
    for (const input of formatInputs) input.checked = input.value === (isHtml ? 'HTML' : '');
    fileStatus.textContent = `Read ${chosen.name} (${content.length.toLocaleString('en-GB')} characters)${isHtml ? ' as an HTML page' : ''}.`;
  }

  const form = h(
    'form',
    {
      class: 'panel add-form',
      method: 'post',
      action: '',
      'aria-labelledby': 'add-form-title',
      onsubmit: (event: Event) => {
        // Never a plain form submission: the token must not travel in a URL.
        event.preventDefault();
        void draft();
      },
    },
    h('h2', { id: 'add-form-title' }, 'The article'),
    h(
      'div',
      { class: 'token-field' },
      h('label', { class: 'field-label', for: tokenId }, 'Write token'),
      token,
      h('p', { id: `${tokenId}-hint`, class: 'muted field-hint' }, 'Needed to draft and to ingest. Kept in this browser tab only, never in the address.'),
    ),
    h('label', { class: 'field-label', for: textId }, 'Article text'),
    text,
    h('div', { class: 'file-row' }, h('label', { class: 'field-label', for: fileId }, 'Or open a file (.txt, .md, .html)'), file, fileStatus),
    h(
      'fieldset',
      { class: 'kinds format-choice' },
      h('legend', null, 'Written as'),
      formats.map((f, i) => h('label', { class: 'chip' }, formatInputs[i]!, f.label)),
    ),
    h('div', { class: 'form-buttons' }, draftButton),
  );

  replace(
    context.main,
    h('h1', { tabindex: '-1' }, 'Add an article'),
    h(
      'p',
      { class: 'lead' },
      'Paste an article and draft what it says: the names it links to the graph, every number with its hedge and who gave it. Check the draft against the text, correct it, then ingest it. Nothing is written before you press Ingest.',
    ),
    form,
    draftStatus,
    reviewArea,
  );
  context.focusHeading();

  async function draft(): Promise<void> {
    // The checked radio's index, not its value, so the format keeps its type.
    const format = formats[formatInputs.findIndex((input) => input.checked)]?.value ?? '';
    draftButton.disabled = true;
    replace(draftStatus, h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Drafting…'));
    const result = await gql(
      draftArticleMutation,
      { text: text.value, ...(format !== '' && { format }) },
      context.signal,
      token.value.trim(),
    );
    draftButton.disabled = false;
    if (!result.ok) {
      if (result.error.kind === 'aborted') return;
      replace(draftStatus, draftErrorBox(result.error));
      return;
    }
    replace(draftStatus);
    review = newReview(result.data.draftArticle);
    renderReview();
    reviewArea.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
  }

  /** Applies a correction, keeping the previous state for Undo. */
  function correct(note: string, change: (bundle: DraftBundle) => DraftBundle, mentions?: (m: DraftMention[]) => DraftMention[]): void {
    if (review === null) return;
    const bundle = change(review.bundle);
    const nextMentions = mentions !== undefined ? mentions(review.mentions) : review.mentions;
    // A control can fire twice (Enter, then change as it is replaced): a no-op is not a step to undo.
    if (JSON.stringify(bundle) === JSON.stringify(review.bundle) && JSON.stringify(nextMentions) === JSON.stringify(review.mentions)) return;
    review.history.push({ bundle: review.bundle, mentions: review.mentions, note });
    review.bundle = bundle;
    review.mentions = nextMentions;
    review.note = note;
    renderReview();
  }

  function undo(): void {
    const last = review?.history.pop();
    if (review === null || last === undefined) return;
    review.bundle = last.bundle;
    review.mentions = last.mentions;
    review.note = `Undid: ${last.note}`;
    renderReview();
  }

  async function relink(from: string, to: string): Promise<void> {
    if (review === null || from === to) return;
    const state = review;
    let graphName: string | undefined;
    if (!state.bundle.entities.some((e) => e.id === to)) {
      const found = await gql(entityNameQuery, { name: to }, context.signal);
      if (!found.ok && found.error.kind === 'aborted') return;
      if (found.ok) {
        const exact = found.data.entity?.id === to;
        state.inGraph.set(to, exact);
        if (exact) graphName = found.data.entity!.name;
      }
    }
    const merged = state.bundle.entities.some((e) => e.id === to);
    const existing = isInGraph(state, to);
    correct(
      `${from} is now ${to}${merged ? ' (merged with the draft’s entity of that id)' : existing ? ', an entity already in the graph' : ' (new: no entity in the graph has that id)'}.`,
      (b) => relinkEntity(b, from, to, graphName),
      (m) => relinkMentions(m, from, to, existing),
    );
  }

  function drop(id: string): void {
    if (review === null) return;
    const { bundle, report } = dropEntity(review.bundle, id);
    const parts = [
      report.relationships > 0 ? `${report.relationships} relationship${report.relationships === 1 ? '' : 's'}` : '',
      report.figures.length > 0 ? `the figure${report.figures.length === 1 ? '' : 's'} only about it (${report.figures.join(', ')})` : '',
    ].filter(Boolean);
    const lost = [...report.reporterOf.map((f) => `${f} has no reporter now`), ...report.viaOf.map((f) => `${f} has no via now`)];
    correct(
      `Dropped ${id}${parts.length > 0 ? ` with ${parts.join(' and ')}` : ''}.${lost.length > 0 ? ` ${lost.join('; ')}.` : ''}`,
      () => bundle,
    );
  }

  function showText(range: { start: number; end: number }, selected: ReviewState['selected']): void {
    if (review === null) return;
    review.focus = range;
    review.selected = selected;
    renderReview();
    const focused = reviewArea.querySelector<HTMLElement>('.draft-focus');
    if (focused !== null) {
      focused.scrollIntoView({ block: 'center' });
      focused.focus({ preventScroll: true });
    }
  }

  function select(selected: ReviewState['selected']): void {
    if (review === null) return;
    review.selected = selected;
    renderReview();
  }

  function renderReview(): void {
    if (review === null) return;
    const state = review;
    const activeKey = (document.activeElement as HTMLElement | null)?.getAttribute?.('data-key') ?? null;
    const figures = state.bundle.figures ?? [];
    const problems = checkDraft(state.bundle);

    replace(
      reviewArea,
      h(
        'section',
        { class: 'review', 'aria-labelledby': 'review-title' },
        h('h2', { id: 'review-title', tabindex: '-1' }, 'Review the draft'),
        h(
          'p',
          { class: 'review-summary' },
          `${figures.length} figure${figures.length === 1 ? '' : 's'}, ${state.mentions.length} name${state.mentions.length === 1 ? '' : 's'} of ${state.bundle.entities.length} entit${state.bundle.entities.length === 1 ? 'y' : 'ies'}, ${state.draft.warnings.length} warning${state.draft.warnings.length === 1 ? '' : 's'}. Source: `,
          h('code', null, state.bundle.source.id),
          ` — “${state.bundle.source.title}”${state.bundle.source.publisher !== undefined ? `, ${state.bundle.source.publisher}` : ''}.`,
        ),
        state.note !== ''
          ? h(
              'div',
              { class: 'notice correction-note', role: 'status' },
              h('p', null, state.note),
              state.history.length > 0 ? h('button', { type: 'button', class: 'button button-quiet', 'data-key': 'undo', onclick: undo }, 'Undo') : null,
            )
          : null,
        h(
          'div',
          { class: 'review-layout' },
          h('div', { class: 'review-text' }, textPanel(state)),
          h(
            'div',
            { class: 'review-side' },
            h(
              'section',
              { class: 'panel', id: 'draft-figures', 'aria-labelledby': 'draft-figures-title' },
              h('h3', { id: 'draft-figures-title' }, 'Figures ', h('span', { class: 'count' }, String(figures.length))),
              figures.length > 0
                ? h('ol', { class: 'plain-list draft-list' }, figures.map((f) => figureCard(state, f, { correct, showText })))
                : h('p', { class: 'muted' }, 'No figure left in the draft.'),
            ),
            h(
              'section',
              { class: 'panel', id: 'draft-entities', 'aria-labelledby': 'draft-entities-title' },
              h('h3', { id: 'draft-entities-title' }, 'Names and entities ', h('span', { class: 'count' }, String(state.bundle.entities.length))),
              h('ul', { class: 'plain-list draft-list' }, state.bundle.entities.map((e) => entityCard(state, e, { relink: (from, to) => void relink(from, to), drop, showText }))),
            ),
            warningsPanel(state),
          ),
        ),
        ingestPanel(state, problems),
      ),
    );
    if (activeKey !== null) reviewArea.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeKey)}"]`)?.focus({ preventScroll: true });
  }

  function textPanel(state: ReviewState): HTMLElement {
    const figuresById = new Map((state.bundle.figures ?? []).map((f) => [f.id, f]));
    const highlights: Highlight[] = [
      ...state.draft.figures.map((span) => ({
        start: span.start,
        end: span.end,
        mark: (words: string) => {
          const figure = figuresById.get(span.figureId);
          const selected = state.selected?.kind === 'figure' && state.selected.key === span.figureId;
          return h(
            'mark',
            {
              class: `hl hl-figure${figure === undefined ? ' hl-dropped' : ''}${selected ? ' hl-selected' : ''}`,
              'data-figure-id': span.figureId,
              tabindex: '0',
              title: figure !== undefined ? figureReadingLine(state, figure) : `${span.figureId}: dropped`,
            },
            words,
          );
        },
      })),
      ...state.mentions.map((mention) => ({
        start: mention.start,
        end: mention.end,
        mark: (words: string) => {
          const kept = state.bundle.entities.some((e) => e.id === mention.entityId);
          const selected = state.selected?.kind === 'mention' && state.selected.key === String(mention.start);
          return h(
            'mark',
            {
              class: `hl hl-mention${kept ? '' : ' hl-dropped'}${isInGraph(state, mention.entityId) ? ' hl-existing' : ' hl-new'}${selected ? ' hl-selected' : ''}`,
              'data-entity-id': mention.entityId,
              'data-start': String(mention.start),
              tabindex: '0',
              title: mentionLine(state, mention),
            },
            words,
          );
        },
      })),
    ];
    const { element, skipped } = highlightText(state.draft.text, highlights, state.focus);
    const pick = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.('mark');
      if (mark === null || mark === undefined) return;
      const figureId = mark.getAttribute('data-figure-id');
      select(figureId !== null ? { kind: 'figure', key: figureId } : { kind: 'mention', key: mark.getAttribute('data-start') ?? '' });
    };
    element.addEventListener('click', pick);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        if ((event.target as Element).tagName === 'MARK') event.preventDefault();
        pick(event);
      }
    });
    return h(
      'section',
      { class: 'panel', 'aria-labelledby': 'draft-text-title' },
      h('h3', { id: 'draft-text-title' }, 'The text as read'),
      h(
        'p',
        { class: 'legend muted' },
        h('span', { class: 'hl hl-figure' }, 'figure'),
        ' ',
        h('span', { class: 'hl hl-existing' }, 'name in the graph'),
        ' ',
        h('span', { class: 'hl hl-new' }, 'new name'),
        ' — select a highlight to see what was read from it.',
      ),
      readingBox(state),
      skipped.length > 0 ? h('p', { class: 'muted' }, `${skipped.length} highlight${skipped.length === 1 ? '' : 's'} overlap another and are listed beside the text only.`) : null,
      element,
    );
  }

  function readingBox(state: ReviewState): HTMLElement {
    const box = h('div', { class: 'reading-box', 'aria-live': 'polite' });
    const selected = state.selected;
    if (selected === null) return box;
    if (selected.kind === 'figure') {
      const figure = (state.bundle.figures ?? []).find((f) => f.id === selected.key);
      replace(
        box,
        figure === undefined
          ? h('p', null, `${selected.key} was dropped.`)
          : h('dl', { class: 'reading' }, figureReading(state, figure).map(([label, value]) => h('div', null, h('dt', null, label), h('dd', null, value)))),
      );
    } else {
      const mention = state.mentions.find((m) => String(m.start) === selected.key);
      if (mention !== undefined) replace(box, h('p', null, mentionLine(state, mention)));
    }
    return box;
  }

  function warningsPanel(state: ReviewState): HTMLElement {
    const warnings = state.draft.warnings;
    return h(
      'section',
      { class: 'panel', id: 'draft-warnings', 'aria-labelledby': 'draft-warnings-title' },
      h('h3', { id: 'draft-warnings-title' }, 'Warnings ', h('span', { class: 'count' }, String(warnings.length))),
      warnings.length === 0
        ? h('p', { class: 'muted' }, 'The draft raised no warning.')
        : h(
            'ul',
            { class: 'plain-list draft-warnings' },
            warnings.map((w, i) => {
              const content = [h('span', { class: 'badge badge-not-comparable' }, w.code), ' ', w.message];
              return h(
                'li',
                { 'data-code': w.code },
                w.start !== null && w.end !== null
                  ? h('button', { type: 'button', class: 'warning-link', 'data-key': `warning:${i}`, onclick: () => showText({ start: w.start!, end: w.end! }, null) }, content)
                  : h('span', null, content),
              );
            }),
          ),
    );
  }

  function ingestPanel(state: ReviewState, problems: BundleProblem[]): HTMLElement {
    const result = h('div', { class: 'ingest-result', 'aria-live': 'polite' });
    const button = h('button', { type: 'button', class: 'button', 'data-key': 'ingest' }, 'Ingest');
    button.addEventListener('click', () => void ingest(state, button, result));
    return h(
      'section',
      { class: 'panel ingest-panel', 'aria-labelledby': 'ingest-title' },
      h('h3', { id: 'ingest-title' }, 'Ingest'),
      problems.length === 0
        ? h('p', { class: 'checks-ok' }, 'The page finds no problem in the corrected bundle.')
        : h(
            'div',
            { class: 'notice notice-error draft-problems' },
            h('p', { class: 'notice-title' }, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix: the server will refuse the bundle while ${problems.length === 1 ? 'it remains' : 'they remain'}`),
            problemList(state.bundle, problems),
          ),
      h('div', { class: 'form-buttons' }, button),
      result,
    );
  }

  async function ingest(state: ReviewState, button: HTMLButtonElement, result: HTMLElement): Promise<void> {
    button.disabled = true;
    replace(result, h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Ingesting…'));
    const answer = await gql(ingestArticleMutation, { bundle: state.bundle }, context.signal, token.value.trim());
    button.disabled = false;
    if (!answer.ok) {
      if (answer.error.kind === 'aborted') return;
      const problems = answer.error.extensions?.problems;
      if (answer.error.kind === 'bad-input' && Array.isArray(problems)) {
        replace(
          result,
          h(
            'div',
            { class: 'notice notice-error ingest-problems', role: 'alert' },
            h('p', { class: 'notice-title' }, 'The server refused the bundle; nothing was written'),
            problemList(state.bundle, problems as BundleProblem[]),
          ),
        );
      } else {
        replace(result, answer.error.kind === 'auth' ? authBox(answer.error) : errorBox(answer.error));
      }
      return;
    }
    replace(result, resultBox(answer.data.ingestArticle));
  }
}

function mentionLine(state: ReviewState, mention: DraftMention): string {
  const kept = state.bundle.entities.some((e) => e.id === mention.entityId);
  if (!kept) return `“${mention.text}”: ${mention.entityId} was dropped`;
  return `“${mention.text}” → ${mention.entityId}, ${entityName(state, mention.entityId)} (${typeWord[mention.type].toLowerCase()}; ${isInGraph(state, mention.entityId) ? 'in the graph' : 'new'})`;
}

function problemList(bundle: DraftBundle, problems: BundleProblem[]): HTMLElement {
  return h(
    'ul',
    { class: 'problem-list' },
    problems.map((p) => {
      const subject = problemSubject(bundle, p.path);
      return h('li', null, h('code', { class: 'problem-path' }, p.path), subject !== null ? h('span', { class: 'muted' }, ` (${subject})`) : null, ': ', h('span', { class: 'problem-message' }, p.message));
    }),
  );
}

const reasonMessages: Record<string, string> = {
  EMPTY_TEXT: 'There is no article text to draft from. Paste the article or open a file.',
  NOT_ENGLISH: 'The text does not read as English. Only articles in English can be drafted.',
  NOT_TEXT: 'This is not text: it reads as binary data. Open a .txt, .md or .html file instead.',
  TOO_LARGE: 'The text is too long to draft at once (at most 200,000 characters).',
};

function draftErrorBox(error: ApiError): HTMLElement {
  if (error.kind === 'auth') return authBox(error);
  const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : undefined;
  const message = reason !== undefined ? reasonMessages[reason] : undefined;
  if (error.kind !== 'bad-input' || message === undefined) return errorBox(error);
  return h(
    'div',
    { class: 'notice notice-error draft-error', role: 'alert', 'data-reason': reason },
    h('p', { class: 'notice-title' }, 'The text could not be drafted'),
    h('p', { class: 'reason-message' }, message),
    h('p', { class: 'muted' }, `The server said: ${error.message}`),
  );
}

function authBox(error: ApiError): HTMLElement {
  const reason = typeof error.extensions?.reason === 'string' ? error.extensions.reason : '';
  const message =
    reason === 'NO_TOKEN'
      ? 'Drafting and ingesting need a write token. Enter it in the “Write token” field and try again.'
      : error.code === 'FORBIDDEN'
        ? 'This write token may not do this.'
        : 'The server does not accept this write token. Check it and try again.';
  return h(
    'div',
    { class: 'notice notice-error auth-error', role: 'alert', 'data-code': error.code ?? '' },
    h('p', { class: 'notice-title' }, 'The server refused the write token'),
    h('p', { class: 'reason-message' }, message),
    h('p', { class: 'muted' }, `The server said: ${error.message}`),
  );
}

function resultBox(result: IngestResult): HTMLElement {
  return h(
    'div',
    { class: 'notice notice-success', role: 'status' },
    h('p', { class: 'notice-title' }, result.unchanged ? 'Already in the graph: nothing changed' : 'Ingested'),
    h('p', null, 'Source: ', h('a', { class: 'ingested-source', href: routeUrl({ name: 'source', id: result.source.id }) }, result.source.title), ' ', h('code', null, result.source.id)),
    h(
      'dl',
      { class: 'facts' },
      h('div', null, h('dt', null, 'Nodes created'), h('dd', { class: 'nodes-created' }, String(result.nodesCreated))),
      h('div', null, h('dt', null, 'Relationships created'), h('dd', { class: 'relationships-created' }, String(result.relationshipsCreated))),
    ),
    result.linked.length > 0
      ? [h('p', { class: 'notice-subtitle' }, 'Written onto entities already in the graph'), h('ul', { class: 'linked-list' }, result.linked.map((l) => h('li', null, h('code', null, l.from), ' → ', h('a', { href: routeUrl({ name: 'entity', id: l.to }) }, l.to), ` (${l.reason === 'merged' ? 'merged id' : 'same name'})`)))]
      : h('p', { class: 'muted' }, 'No entity was linked onto another id.'),
    result.renamedFigures.length > 0
      ? [h('p', { class: 'notice-subtitle' }, 'Figures stored under a new id (another source had used theirs)'), h('ul', { class: 'renamed-list' }, result.renamedFigures.map((r) => h('li', null, h('code', null, r.from), ' → ', h('code', null, r.to))))]
      : null,
  );
}
