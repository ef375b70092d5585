import { idSegment } from './format';
import type { AttributionKind } from './types';

/**
 * Every view of the explorer has its own URL under /explore, kept with the history API so
 * deep links, reloads and the back button all work. The server answers every /explore/...
 * path with the same page (src/http/web.ts).
 */

export interface FigureQuery {
  reporter: string;
  members: boolean;
  about: string;
  kinds: AttributionKind[];
  from: string;
  to: string;
  sort: FigureSort;
  descending: boolean;
  together: boolean;
}

export type FigureSort = 'time' | 'value' | 'reporter' | 'kind';

export type Route =
  | { name: 'home' }
  | { name: 'search'; q: string }
  | { name: 'entity'; id: string }
  | { name: 'graph'; id: string; hops: 1 | 2 }
  | { name: 'figures'; query: FigureQuery }
  | { name: 'path'; from: string; to: string; hops: number }
  | { name: 'sources' }
  | { name: 'source'; id: string }
  /** `after` is the connection cursor of the page's start ('' for the first page). */
  | { name: 'disagreements'; about: string; after: string }
  | { name: 'add' }
  | { name: 'notFound'; path: string };

export const base = '/explore';

const sorts: FigureSort[] = ['time', 'value', 'reporter', 'kind'];
const kinds: AttributionKind[] = ['ASSERTED', 'SAID', 'CLAIMED', 'ESTIMATED', 'REPORTED', 'CONFIRMED'];

export function parseRoute(location: { pathname: string; search: string }): Route {
  const path = location.pathname.replace(/\/+$/, '');
  const params = new URLSearchParams(location.search);
  if (path === base || path === '') return { name: 'home' };
  const rest = path.slice(base.length + 1).split('/');
  const [section, arg] = rest;
  const id = arg !== undefined ? safeDecode(arg) : '';
  switch (section) {
    case 'search':
      return { name: 'search', q: params.get('q') ?? '' };
    case 'entity':
      if (id !== '' && rest.length === 2) return { name: 'entity', id };
      break;
    case 'graph':
      if (id !== '' && rest.length === 2) return { name: 'graph', id, hops: params.get('hops') === '1' ? 1 : 2 };
      break;
    case 'figures':
      if (rest.length === 1) return { name: 'figures', query: parseFigureQuery(params) };
      break;
    case 'path':
      if (rest.length === 1) {
        const hops = Number(params.get('hops') ?? '4');
        return {
          name: 'path',
          from: params.get('from') ?? '',
          to: params.get('to') ?? '',
          hops: Number.isInteger(hops) && hops >= 1 && hops <= 6 ? hops : 4,
        };
      }
      break;
    case 'sources':
      if (rest.length === 1) return { name: 'sources' };
      break;
    case 'source':
      if (id !== '' && rest.length === 2) return { name: 'source', id };
      break;
    case 'disagreements':
      if (rest.length === 1) return { name: 'disagreements', about: params.get('about') ?? '', after: params.get('after') ?? '' };
      break;
    case 'add':
      if (rest.length === 1) return { name: 'add' };
      break;
    default:
      break;
  }
  return { name: 'notFound', path: location.pathname };
}

function parseFigureQuery(params: URLSearchParams): FigureQuery {
  const sort = params.get('sort') as FigureSort | null;
  return {
    reporter: params.get('reporter') ?? '',
    members: params.get('members') === '1',
    about: params.get('about') ?? '',
    kinds: params.getAll('kind').filter((k): k is AttributionKind => (kinds as string[]).includes(k)),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: sort !== null && sorts.includes(sort) ? sort : 'time',
    descending: params.get('order') === 'desc',
    together: params.get('together') !== '0',
  };
}

export const defaultFigureQuery: FigureQuery = parseFigureQuery(new URLSearchParams());

export function routeUrl(route: Route): string {
  switch (route.name) {
    case 'home':
      return base;
    case 'search':
      return `${base}/search?${new URLSearchParams({ q: route.q }).toString()}`;
    case 'entity':
      return `${base}/entity/${idSegment(route.id)}`;
    case 'graph':
      return `${base}/graph/${idSegment(route.id)}${route.hops === 1 ? '?hops=1' : ''}`;
    case 'figures': {
      const q = route.query;
      const params = new URLSearchParams();
      if (q.reporter !== '') params.set('reporter', q.reporter);
      if (q.members) params.set('members', '1');
      if (q.about !== '') params.set('about', q.about);
      for (const kind of q.kinds) params.append('kind', kind);
      if (q.from !== '') params.set('from', q.from);
      if (q.to !== '') params.set('to', q.to);
      if (q.sort !== 'time') params.set('sort', q.sort);
      if (q.descending) params.set('order', 'desc');
      if (!q.together) params.set('together', '0');
      const search = params.toString();
      return `${base}/figures${search === '' ? '' : `?${search}`}`;
    }
    case 'path': {
      const params = new URLSearchParams();
      if (route.from !== '') params.set('from', route.from);
      if (route.to !== '') params.set('to', route.to);
      if (route.hops !== 4) params.set('hops', String(route.hops));
      const search = params.toString();
      return `${base}/path${search === '' ? '' : `?${search}`}`;
    }
    case 'sources':
      return `${base}/sources`;
    case 'source':
      return `${base}/source/${idSegment(route.id)}`;
    case 'disagreements': {
      const params = new URLSearchParams();
      if (route.about !== '') params.set('about', route.about);
      if (route.after !== '') params.set('after', route.after);
      const search = params.toString();
      return `${base}/disagreements${search === '' ? '' : `?${search}`}`;
    }
    case 'add':
      return `${base}/add`;
    case 'notFound':
      return route.path;
    default:
      return unreachable(route);
  }
}

export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

type Listener = () => void;
let listener: Listener | undefined;

/** Goes to an explorer URL without reloading; `replace` keeps the back button's history clean. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listener?.();
}

/** Calls `onChange` on every navigation: links, navigate(), back and forward. */
export function startRouter(onChange: Listener): void {
  listener = onChange;
  window.addEventListener('popstate', onChange);
  // Same-page links under /explore are handled here; new-tab clicks and other pages pass through.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (anchor === null || anchor === undefined || anchor.target !== '' || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}
