import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { gql } from '../api';
import { h, replace } from '../dom';
import { entityTypes, relationTypeLabel, typeColour, typeLabel, typeShape } from '../format';
import { emptyBox, errorBox, loading } from '../components/feedback';
import { entityUrl, typeBadge } from '../components/links';
import { neighbourhoodQuery } from '../queries';
import { routeUrl } from '../router';
import type { EntityRef, EntityType, Neighbourhood, RelationType } from '../types';
import type { ViewContext } from './context';

/** Above this many entities the graph switches to rings by distance and labels on zoom/hover. */
const bigGraph = 80;
/** A safety cap so a hub's neighbourhood cannot freeze the page. */
const maxNodes = 1500;

interface GraphNode {
  id: string;
  name: string;
  __typename: EntityType;
  hop: number;
}
interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  role: string | null;
}

/** The model behind the drawing: entities by id and deduplicated relationships. */
class NeighbourhoodModel {
  nodes = new Map<string, GraphNode>();
  edges = new Map<string, GraphEdge>();
  truncated = false;

  addNode(entity: EntityRef, hop: number): boolean {
    const known = this.nodes.get(entity.id);
    if (known !== undefined) {
      known.hop = Math.min(known.hop, hop);
      return true;
    }
    if (this.nodes.size >= maxNodes) {
      this.truncated = true;
      return false;
    }
    this.nodes.set(entity.id, { id: entity.id, name: entity.name, __typename: entity.__typename, hop });
    return true;
  }

  /** `direction` is as seen from `self`: OUT means self → other. */
  addEdge(self: string, other: string, type: RelationType, direction: 'OUT' | 'IN', role: string | null): void {
    if (!this.nodes.has(self) || !this.nodes.has(other)) return;
    const [source, target] = direction === 'OUT' ? [self, other] : [other, self];
    const id = `${source}|${type}|${target}`;
    if (!this.edges.has(id)) this.edges.set(id, { id, source, target, type, role });
  }

  /** Adds an entity's relations (and, when asked, its neighbours' relations) around `hop`. */
  merge(centre: Neighbourhood, hop: number): void {
    this.addNode(centre, hop);
    for (const relation of centre.relations) {
      if (!this.addNode(relation.other, hop + 1)) continue;
      this.addEdge(centre.id, relation.other.id, relation.type, relation.direction, relation.role);
      for (const second of relation.other.relations ?? []) {
        if (!this.addNode(second.other, hop + 2)) continue;
        this.addEdge(relation.other.id, second.other.id, second.type, second.direction, null);
      }
    }
  }
}

/**
 * The neighbourhood graph (cytoscape.js): the entity and everything one or two relationships
 * away, coloured and shaped by type. Click an entity to see it and open its page; double-click
 * or "Expand" to add its own neighbours. A list under the drawing gives keyboard users the
 * same entities and actions.
 */
export function graphView(context: ViewContext, id: string, hops: 1 | 2): void {
  context.setTitle('Neighbourhood graph');
  const model = new NeighbourhoodModel();
  let cy: Core | undefined;
  context.signal.addEventListener('abort', () => cy?.destroy());

  const load = async () => {
    replace(context.main, h('h1', { tabindex: '-1' }, 'Neighbourhood graph'), loading('the neighbourhood'));
    const result = await gql(neighbourhoodQuery, { name: id, twoHops: hops === 2 }, context.signal);
    if (!result.ok) {
      if (result.error.kind === 'aborted') return;
      replace(context.main, h('h1', { tabindex: '-1' }, 'Neighbourhood graph'), errorBox(result.error, () => void load()));
      context.focusHeading();
      return;
    }
    const centre = result.data.entity;
    if (centre === null) {
      replace(context.main, h('h1', { tabindex: '-1' }, 'Neighbourhood graph'), emptyBox(`The graph has no entity with the id, name or alias “${id}”.`));
      context.focusHeading();
      return;
    }
    model.merge(centre, 0);
    context.setTitle(`Graph around ${centre.name}`);
    cy = draw(context, centre, hops, model);
  };
  void load();
}

function draw(context: ViewContext, centre: EntityRef, hops: 1 | 2, model: NeighbourhoodModel): Core {
  const canvas = h('div', { class: 'graph-canvas', role: 'img' });
  const panel = h('aside', { class: 'graph-panel', 'aria-label': 'Selected entity', 'aria-live': 'polite' });
  const stats = h('p', { class: 'graph-stats', role: 'status' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Colours and shapes by type' });
  const nodeList = h('ul', { class: 'node-list' });
  const listSummary = h('summary', null, 'Entities in this graph, as a list');
  const labelsToggle = h('input', { type: 'checkbox' });

  const select = (nodeId: string) => {
    const node = model.nodes.get(nodeId);
    if (node === undefined) return;
    cy.elements().unselect();
    const element = cy.getElementById(nodeId);
    element.select();
    showPanel(node);
  };

  const expand = async (nodeId: string, button?: HTMLButtonElement) => {
    const node = model.nodes.get(nodeId);
    if (node === undefined) return;
    if (button !== undefined) {
      button.disabled = true;
      button.textContent = 'Expanding…';
    }
    const result = await gql(neighbourhoodQuery, { name: nodeId, twoHops: false }, context.signal);
    if (!result.ok) {
      if (result.error.kind !== 'aborted') replace(panel, errorBox(result.error, () => void expand(nodeId)));
      return;
    }
    if (result.data.entity !== null) model.merge(result.data.entity, node.hop);
    sync(true);
    select(nodeId);
  };

  const showPanel = (node: GraphNode) => {
    const degree = cy.getElementById(node.id).degree(false);
    replace(
      panel,
      h('p', { class: 'eyebrow' }, typeBadge(node.__typename)),
      h('h2', null, node.name),
      h('p', { class: 'muted' }, node.hop === 0 ? 'The centre of this graph.' : `${node.hop} step${node.hop === 1 ? '' : 's'} from ${centre.name}; ${degree} relationship${degree === 1 ? '' : 's'} shown.`),
      h(
        'div',
        { class: 'panel-actions' },
        h('a', { class: 'button', href: entityUrl(node.id) }, 'Open its page'),
        h('button', { type: 'button', class: 'button button-quiet', onclick: (event: MouseEvent) => void expand(node.id, event.currentTarget as HTMLButtonElement) }, 'Expand its neighbours'),
        node.hop !== 0 ? h('a', { class: 'button button-quiet', href: routeUrl({ name: 'graph', id: node.id, hops }) }, 'Centre the graph here') : null,
      ),
    );
  };

  /** Copies the model into cytoscape and lays it out again when it grew. */
  const sync = (relayout: boolean) => {
    const added: ElementDefinition[] = [];
    for (const node of model.nodes.values()) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data('hop', node.hop);
        continue;
      }
      added.push({ group: 'nodes', data: { id: node.id, name: node.name, type: node.__typename, hop: node.hop, colour: typeColour[node.__typename], shape: typeShape[node.__typename] } });
    }
    for (const edge of model.edges.values()) {
      if (cy.getElementById(edge.id).nonempty()) continue;
      added.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: relationTypeLabel(edge.type) } });
    }
    cy.add(added);
    const big = model.nodes.size > bigGraph;
    canvas.classList.toggle('graph-big', big);
    cy.nodes().toggleClass('small', big);
    if (!labelsToggle.dataset.touched) labelsToggle.checked = !big;
    applyLabels();
    if (relayout) cy.layout(layoutFor(model.nodes.size, canvas.clientWidth)).run();
    describe();
  };

  const applyLabels = () => {
    cy.nodes().toggleClass('always-label', labelsToggle.checked);
    cy.edges().toggleClass('show-label', labelsToggle.checked && cy.edges().length <= 120);
  };

  const describe = () => {
    const counts = new Map<EntityType, number>();
    for (const node of model.nodes.values()) counts.set(node.__typename, (counts.get(node.__typename) ?? 0) + 1);
    stats.textContent = `${model.nodes.size} entities and ${model.edges.size} relationships${model.truncated ? ` (cut at ${maxNodes} entities)` : ''}.${
      model.nodes.size > bigGraph ? ' Labels appear as you zoom in or point at an entity.' : ''
    }`;
    canvas.setAttribute('aria-label', `Graph of ${model.nodes.size} entities around ${centre.name}. The list below the graph holds the same entities for keyboard use.`);
    replace(
      legend,
      entityTypes.map((type) =>
        h('li', null, h('span', { class: `legend-mark legend-${type.toLowerCase()}`, 'aria-hidden': 'true' }), `${typeLabel[type]} (${counts.get(type) ?? 0})`),
      ),
    );
    listSummary.textContent = `All ${model.nodes.size} entities in this graph, as a list`;
    const sorted = [...model.nodes.values()].sort((a, b) => a.hop - b.hop || a.name.localeCompare(b.name));
    replace(
      nodeList,
      sorted.map((node) =>
        h(
          'li',
          { 'data-id': node.id },
          typeBadge(node.__typename),
          ' ',
          h('a', { href: entityUrl(node.id) }, node.name),
          h('span', { class: 'muted' }, node.hop === 0 ? ' (centre)' : ` (${node.hop} step${node.hop === 1 ? '' : 's'})`),
          ' ',
          h('button', { type: 'button', class: 'link-button', onclick: () => { select(node.id); cy.animate({ center: { eles: cy.getElementById(node.id) }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 }); } }, 'show', h('span', { class: 'visually-hidden' }, ` ${node.name} in the graph`)),
        ),
      ),
    );
  };

  labelsToggle.addEventListener('change', () => {
    labelsToggle.dataset.touched = '1';
    applyLabels();
  });

  replace(
    context.main,
    h(
      'header',
      { class: 'graph-head' },
      h('h1', { tabindex: '-1' }, 'Around ', h('a', { href: entityUrl(centre.id) }, centre.name)),
      h(
        'div',
        { class: 'graph-controls', role: 'group', 'aria-label': 'Graph settings' },
        h(
          'span',
          { class: 'segmented', role: 'group', 'aria-label': 'Distance' },
          ([1, 2] as const).map((n) =>
            h('a', { href: routeUrl({ name: 'graph', id: centre.id, hops: n }), class: n === hops ? 'active' : null, 'aria-current': n === hops ? 'page' : null }, n === 1 ? '1 step' : '2 steps'),
          ),
        ),
        h('label', { class: 'check' }, labelsToggle, ' All labels'),
        h('button', { type: 'button', class: 'button button-quiet', onclick: () => cy.fit(undefined, 24) }, 'Fit to screen'),
        h('button', { type: 'button', class: 'button button-quiet', onclick: () => cy.layout(layoutFor(model.nodes.size, canvas.clientWidth)).run() }, 'Lay out again'),
      ),
    ),
    stats,
    legend,
    h('div', { class: 'graph-layout' }, canvas, panel),
    h('details', { class: 'node-details' }, listSummary, nodeList),
  );
  replace(panel, panelHint());
  // Created once its container is in the page, so cytoscape can measure it.
  const cy = cytoscape({
    container: canvas,
    elements: [],
    style: graphStyle(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  // The centre and the entity under the pointer keep a readable label at any zoom.
  let zoomFrame = 0;
  cy.on('zoom', () => {
    cancelAnimationFrame(zoomFrame);
    zoomFrame = requestAnimationFrame(() => {
      const size = Math.round(Math.max(12, 13 / cy.zoom()));
      cy.style().selector('node.centre, node.hover, node:selected').style({ 'font-size': size, 'text-max-width': `${size * 16}px` }).update();
    });
  });
  cy.on('tap', 'node', (event) => select(event.target.id() as string));
  cy.on('dbltap', 'node', (event) => void expand(event.target.id() as string));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      cy.elements().unselect();
      replace(panel, panelHint());
    }
  });
  cy.on('mouseover', 'node', (event) => {
    event.target.addClass('hover');
    event.target.connectedEdges().addClass('near');
    canvas.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', (event) => {
    event.target.removeClass('hover');
    event.target.connectedEdges().removeClass('near');
    canvas.style.cursor = '';
  });

  sync(true);
  cy.getElementById(centre.id).addClass('centre');
  context.focusHeading();
  return cy;
}

function panelHint(): HTMLElement {
  return h(
    'div',
    { class: 'panel-hint' },
    h('h2', null, 'Pick an entity'),
    h('p', null, 'Click an entity in the graph to see it here and open its page. Double-click to add its own neighbours. Drag to move, scroll or pinch to zoom.'),
  );
}

/** Small graphs: force-directed, edges scaled to the drawing's width so labels stay legible on phones. */
function layoutFor(size: number, width: number): LayoutOptions {
  if (size <= bigGraph) {
    const scale = Math.min(1, Math.max(0.4, width / 880));
    return { name: 'cose', animate: false, randomize: true, padding: 30, nodeRepulsion: () => 40000 * scale * scale, idealEdgeLength: () => 110 * scale, edgeElasticity: () => 80, nodeOverlap: 20, componentSpacing: 80, gravity: 0.6, numIter: 2000 } as LayoutOptions;
  }
  // Rings by distance from the centre: readable and fast with hundreds of entities.
  return {
    name: 'concentric',
    animate: false,
    padding: 20,
    minNodeSpacing: 4,
    avoidOverlap: true,
    concentric: (node: cytoscape.NodeSingular) => 10 - Number(node.data('hop')),
    levelWidth: () => 1,
  } as LayoutOptions;
}

function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        width: 22,
        height: 22,
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: 'data(name)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Without "all labels", a label shows only once zoomed in far enough to read it.
        'min-zoomed-font-size': 14,
      },
    },
    { selector: 'node.always-label', style: { 'min-zoomed-font-size': 6 } },
    { selector: 'node.small', style: { width: 12, height: 12, 'border-width': 1, 'font-size': 10 } },
    {
      selector: 'node.centre',
      style: { width: 36, height: 36, 'border-width': 3, 'border-color': '#111111', 'font-size': 14, 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'z-index': 10 },
    },
    {
      selector: 'node.hover, node:selected',
      style: {
        'min-zoomed-font-size': 0,
        'font-size': 13,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-outline-width': 0,
        'z-index': 20,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffb000' } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#a3acb9',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#a3acb9',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.8,
      },
    },
    {
      selector: 'edge.show-label, edge.near',
      style: {
        label: 'data(label)',
        'font-size': 9,
        color: '#4a5260',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    { selector: 'edge.near', style: { 'line-color': '#394150', 'target-arrow-color': '#394150', width: 2.2, opacity: 1, 'z-index': 15 } },
  ] as StylesheetJson;
}
