import { h } from '../dom';
import { idSegment, partialDate, typeLabel } from '../format';
import type { EntityRef, EntityType, SourceRef } from '../types';

export function entityUrl(id: string): string {
  return `/explore/entity/${idSegment(id)}`;
}

export function sourceUrl(id: string): string {
  return `/explore/source/${idSegment(id)}`;
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

/** Where a fact was read: title (linked to its page in the explorer), outlet, date and, when known, the original. */
export function sourceCite(source: SourceRef): HTMLElement {
  const extra = [source.publisher, source.published !== null ? partialDate(source.published) : null].filter((x): x is string => x !== null);
  return h(
    'cite',
    { class: 'source', title: source.id },
    h('a', { href: sourceUrl(source.id), class: 'source-link' }, source.title),
    extra.length > 0 ? h('span', { class: 'muted' }, ` (${extra.join(', ')})`) : null,
    source.url !== null ? [' ', originalLink(source.url)] : null,
  );
}

/** The article on its own site, in a new tab. */
export function originalLink(url: string): HTMLElement {
  return h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'original-link' }, 'original', h('span', { 'aria-hidden': 'true' }, ' ↗'));
}

/**
 * A short link to a source's page for lists of sources side by side: the outlet (or, when
 * none is recorded, the headline) and the date; the full headline is the link's title.
 */
export function sourceLink(source: SourceRef): HTMLElement {
  const label = source.publisher ?? source.title;
  return h(
    'span',
    { class: 'source-ref' },
    h('a', { href: sourceUrl(source.id), class: 'source-link', title: source.title, 'data-source-id': source.id }, label),
    source.published !== null ? h('span', { class: 'muted' }, ` ${partialDate(source.published)}`) : null,
  );
}

/** Several sources as a compact comma-separated run of sourceLinks. */
export function sourceLinks(sources: SourceRef[]): HTMLElement {
  if (sources.length === 0) return h('span', { class: 'muted' }, 'no source recorded');
  return h('span', { class: 'source-refs' }, sources.flatMap((s, i) => [i > 0 ? ', ' : '', sourceLink(s)]));
}

export function sourceList(sources: SourceRef[]): HTMLElement {
  if (sources.length === 0) return h('span', { class: 'muted' }, 'no source recorded');
  if (sources.length === 1) return sourceCite(sources[0]!);
  return h('ul', { class: 'plain-list' }, sources.map((s) => h('li', null, sourceCite(s))));
}

export function timeTag(value: string): HTMLElement {
  return h('time', { datetime: value }, partialDate(value));
}
