import { h } from '../dom';
import { idSegment, partialDate, typeLabel } from '../format';
import type { EntityRef, EntityType, SourceRef } from '../types';

export function entityUrl(id: string): string {
  return `/explore/entity/${idSegment(id)}`;
}

export function typeBadge(type: EntityType): HTMLElement {
  return h('span', { class: `badge badge-${type.toLowerCase()}` }, typeLabel[type]);
}

/** A link to an entity's page, with its type for screen readers and sighted users alike. */
export function entityLink(entity: EntityRef, options: { badge?: boolean } = {}): HTMLElement {
  const link = h('a', { href: entityUrl(entity.id), class: `entity-link entity-${entity.__typename.toLowerCase()}` }, entity.name);
  if (options.badge === false) return link;
  return h('span', { class: 'entity-ref' }, typeBadge(entity.__typename), ' ', link);
}

/** Where a fact was read: title (linked when the source has a url), outlet and date. */
export function sourceCite(source: SourceRef): HTMLElement {
  const title = source.url !== null ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.title) : h('span', null, source.title);
  const extra = [source.publisher, source.published !== null ? partialDate(source.published) : null].filter((x): x is string => x !== null);
  return h('cite', { class: 'source', title: source.id }, title, extra.length > 0 ? h('span', { class: 'muted' }, ` (${extra.join(', ')})`) : null);
}

export function sourceList(sources: SourceRef[]): HTMLElement {
  if (sources.length === 0) return h('span', { class: 'muted' }, 'no source recorded');
  if (sources.length === 1) return sourceCite(sources[0]!);
  return h('ul', { class: 'plain-list' }, sources.map((s) => h('li', null, sourceCite(s))));
}

export function timeTag(value: string): HTMLElement {
  return h('time', { datetime: value }, partialDate(value));
}
