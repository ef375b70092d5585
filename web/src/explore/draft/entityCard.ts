import { h, uniqueId } from '../dom';
import type { BundleEntity, BundleEntityType } from './bundle';
import { entityIdProblem } from './checkDraft';
import { isInGraph, type ReviewState } from './reviewState';

export interface EntityActions {
  /** Gives the entity another id across the bundle (an id already in the graph links it there). */
  relink(from: string, to: string): void;
  /** Removes the entity and what refers to it. */
  drop(id: string): void;
  showText(range: { start: number; end: number }, selected: { kind: 'figure' | 'mention'; key: string }): void;
}

export const typeWord: Record<BundleEntityType, string> = { PERSON: 'Person', ORGANIZATION: 'Organisation', PLACE: 'Place', EVENT: 'Event' };

/** One entity of the draft: its mentions in the text, whether it is in the graph, and the controls to relink or drop it. */
export function entityCard(state: ReviewState, entity: BundleEntity, actions: EntityActions): HTMLElement {
  const mentions = state.mentions.filter((m) => m.entityId === entity.id);
  const spellings = [...new Set(mentions.map((m) => m.text))];
  const existing = isInGraph(state, entity.id);
  const inputId = uniqueId('entity-id');
  const errorId = uniqueId('entity-id-error');
  const error = h('p', { id: errorId, class: 'form-error', role: 'alert', hidden: true });
  const input = h('input', {
    id: inputId,
    type: 'text',
    value: entity.id,
    spellcheck: 'false',
    autocomplete: 'off',
    'data-key': `entity:${entity.id}:id`,
    'aria-describedby': errorId,
    onkeydown: (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        link();
      }
    },
  });
  const link = () => {
    const to = input.value.trim();
    const problem = entityIdProblem(to, entity.type);
    if (problem !== null) {
      error.textContent = problem;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    actions.relink(entity.id, to);
  };
  const type = entity.type.toLowerCase();
  return h(
    'li',
    { class: 'draft-entity', 'data-entity-id': entity.id },
    h(
      'p',
      { class: 'draft-entity-head' },
      h('span', { class: `badge badge-${type === 'organization' ? 'organization' : type}` }, typeWord[entity.type]),
      ' ',
      h('strong', { class: 'draft-entity-name' }, entity.name),
      ' ',
      h('span', { class: existing ? 'badge badge-shown link-state' : 'badge badge-new link-state' }, existing ? 'in the graph' : 'new'),
    ),
    h(
      'p',
      { class: 'muted draft-spellings' },
      mentions.length === 0
        ? 'Not named in the text (a draft entity of its own).'
        : [
            `Named ${mentions.length} time${mentions.length === 1 ? '' : 's'}: `,
            spellings.flatMap((s, i) => [
              i > 0 ? ', ' : '',
              h(
                'button',
                {
                  type: 'button',
                  class: 'link-button',
                  onclick: () => {
                    const first = mentions.find((m) => m.text === s)!;
                    actions.showText({ start: first.start, end: first.end }, { kind: 'mention', key: `${first.start}` });
                  },
                },
                `“${s}”`,
              ),
            ]),
          ],
    ),
    h(
      'div',
      { class: 'relink' },
      h('label', { class: 'field-label', for: inputId }, 'Entity id (paste an existing id to link to it)'),
      h('div', { class: 'relink-row' }, input, h('button', { type: 'button', class: 'button button-quiet', onclick: link }, 'Link')),
      error,
    ),
    h('div', { class: 'card-actions' }, h('button', { type: 'button', class: 'button button-quiet button-danger', onclick: () => actions.drop(entity.id) }, 'Drop entity')),
  );
}
