/**
 * The details panel: a node (its facts, names, actions, connections, why it is in the view, and
 * the evidence behind it), an edge (its facts and evidence), an overlap or a path summary. Every
 * evidence item names its source — title, publisher, date, locator — and links to it.
 */
import type cytoscape from 'cytoscape';
import * as api from './api.js';
import type { EdgeSummary, Evidence, NodeSummary, OverlapMatch, OverlapResult } from './api.js';
import { openCiteDialog } from './citeDialog.js';
import { button, h, renderPanel } from './dom.js';
import { namesList, textSpan } from './i18n.js';
import type { Drawing } from './views.js';
import { chainTo } from './why.js';
import { humanise, KIND_WORDS, relationTitle, relationWords } from './wording.js';

/** What the panel needs from the app: the known nodes and edges, labels, and the actions it offers. */
export interface DetailsContext {
  cy: cytoscape.Core;
  nodes: Map<string, NodeSummary>;
  edges: Map<string, EdgeSummary>;
  drawing: Drawing | null;
  labelOf: (id: string) => string;
  isPicked: (id: string) => boolean;
  isPinned: (id: string) => boolean;
  actions: {
    open: (id: string) => void;
    expand: (id: string, relation: string | null) => void;
    lineage: (id: string) => void;
    togglePick: (id: string) => void;
    hide: (id: string) => void;
    togglePin: (id: string) => void;
    show: (id: string) => void;
  };
}

/** One line naming the source: "Title — Publisher, 2023-03-14", with no invented parts. */
function sourceLine(source: Evidence['source']): HTMLElement {
  const meta = [source.publisher, source.published?.value].filter((v): v is string => typeof v === 'string' && v !== '');
  return h(
    'p',
    { class: 'source' },
    source.url
      ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, textSpan(source.title))
      : h('strong', {}, textSpan(source.title)),
    meta.length > 0
      ? h('span', { class: 'meta' }, ` — ${meta.join(', ')}`)
      : h('span', { class: 'meta' }, ' — publisher and date not recorded'),
  );
}

/** The evidence items, each with its source, locator, verbatim excerpt and any curator's note. */
export function evidenceList(items: Evidence[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'hint' }, 'No evidence recorded.');
  return h(
    'ul',
    { class: 'evidence' },
    ...items.map((e) =>
      h(
        'li',
        { 'data-source-id': e.source.id },
        sourceLine(e.source),
        e.locator ? h('p', { class: 'locator' }, textSpan(e.locator)) : null,
        e.excerpt ? h('blockquote', {}, '“', textSpan(e.excerpt), '”') : null,
        e.note ? h('p', { class: 'hint' }, textSpan(e.note)) : null,
      ),
    ),
  );
}

function facts(rows: [string, string | null | undefined][]): HTMLElement {
  return h('dl', {}, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')]));
}

function nodeActions(ctx: DetailsContext, id: string): HTMLElement {
  const label = ctx.labelOf(id);
  const picked = ctx.isPicked(id);
  const pinned = ctx.isPinned(id);
  const relations = [
    ...new Set(
      ctx.cy
        .getElementById(id)
        .connectedEdges()
        .not('.matchlink')
        .map((e) => String(e.data('relation'))),
    ),
  ].sort();
  const byRelation = h(
    'select',
    { 'aria-label': `Expand ${label} along one kind of link`, 'data-key': 'expand-by' },
    h('option', { value: '' }, 'Expand by link type…'),
    ...relations.map((r) => h('option', { value: r }, relationTitle(r))),
  );
  byRelation.addEventListener('change', () => {
    if (byRelation.value) ctx.actions.expand(id, byRelation.value);
  });
  return h(
    'div',
    { class: 'actions' },
    button('Neighbourhood', () => ctx.actions.open(id), { 'aria-label': `Neighbourhood of ${label}` }),
    button('Expand', () => ctx.actions.expand(id, null), { 'aria-label': `Expand the neighbours of ${label}` }),
    relations.length > 0 ? byRelation : null,
    button('Lineage', () => ctx.actions.lineage(id), { 'aria-label': `Show the lineage of ${label}` }),
    button(picked ? 'Remove from selection' : 'Add to selection', () => ctx.actions.togglePick(id), {
      'aria-label': `${picked ? 'Remove from selection' : 'Add to selection'}: ${label}`,
      'data-action': 'pick',
      'data-key': 'pick',
    }),
    button(pinned ? 'Unpin' : 'Pin', () => ctx.actions.togglePin(id), {
      'aria-label': `${pinned ? 'Unpin' : 'Pin'} ${label}${pinned ? '' : ' where it is'}`,
      'data-action': 'pin',
      'data-key': 'pin',
    }),
    button('Hide', () => ctx.actions.hide(id), { 'aria-label': `Hide ${label}`, 'data-action': 'hide' }),
  );
}

function connections(ctx: DetailsContext, id: string): HTMLElement {
  const element = ctx.cy.getElementById(id);
  const items = (element.nonempty() ? element.connectedEdges().not('.matchlink').not('.outside') : ctx.cy.collection()).edges();
  if (items.empty()) return h('p', { class: 'hint' }, 'No connections drawn.');
  return h(
    'ul',
    { class: 'links', 'data-count': String(items.length) },
    ...items.map((edge) => {
      const outgoing = edge.source().id() === id;
      const other = outgoing ? edge.target().id() : edge.source().id();
      const words = relationWords(String(edge.data('relation')), !outgoing);
      return h(
        'li',
        { 'data-edge': edge.id() },
        button(words, () => ctx.actions.show(edge.id()), {
          'aria-label': `Evidence: ${ctx.labelOf(id)} ${words} ${ctx.labelOf(other)}`,
        }),
        ' ',
        button(ctx.labelOf(other), () => ctx.actions.show(other), { 'aria-label': `Show ${ctx.labelOf(other)}` }),
      );
    }),
  );
}

/** The chain from the view's anchors to the node, each link with its first evidence excerpt. */
function whyHere(ctx: DetailsContext, id: string): HTMLElement | null {
  const drawing = ctx.drawing;
  if (!drawing || drawing.anchors.length === 0) return null;
  const links = ctx.cy
    .edges()
    .not('.outside')
    .map((e) => ({ id: e.id(), source: (e as cytoscape.EdgeSingular).source().id(), target: (e as cytoscape.EdgeSingular).target().id() }));
  const chain = chainTo(id, drawing.anchors, links);
  const heading = h('h3', {}, 'Why is this here');
  if (chain === null)
    return h('section', { class: 'why' }, heading, h('p', { class: 'hint' }, 'No drawn link joins it to the view’s subject.'));
  if (chain.length === 0) return h('section', { class: 'why' }, heading, h('p', { class: 'hint' }, 'It is what this view is about.'));
  return h(
    'section',
    { class: 'why' },
    heading,
    h(
      'ol',
      { class: 'links chain' },
      ...chain.map((edgeId) => {
        const element = ctx.cy.getElementById(edgeId) as cytoscape.EdgeSingular;
        const stored = ctx.edges.get(edgeId);
        const relation = String(element.data('relation'));
        const text = `${ctx.labelOf(element.source().id())} ${relationWords(relation)} ${ctx.labelOf(element.target().id())}`;
        const excerpt = stored?.evidence[0]?.excerpt;
        return h(
          'li',
          {},
          button(text, () => ctx.actions.show(edgeId), { 'aria-label': `Evidence: ${text}` }),
          stored ? null : h('span', { class: 'hint' }, ' (matched by the overlap, not a stored link)'),
          excerpt ? h('blockquote', {}, `“${excerpt}”`) : null,
        );
      }),
    ),
  );
}

/** Renders a node's details (fetching its full record), keeping focus where it was. */
export async function showNode(panel: HTMLElement, ctx: DetailsContext, id: string, stillWanted: () => boolean): Promise<void> {
  const known = ctx.nodes.get(id);
  const node = await api.nodeDetails(id).catch(() => null);
  if (!stillWanted()) return;
  if (!node) {
    renderPanel(
      panel,
      h('h2', { tabindex: '-1' }, 'Details'),
      h('h3', { 'data-node-id': id }, known ? ctx.labelOf(id) : id),
      nodeActions(ctx, id),
    );
    return;
  }
  ctx.nodes.set(id, { ...known, ...node });
  const year = api.yearOf(node);
  renderPanel(
    panel,
    h('h2', { tabindex: '-1' }, 'Details'),
    h('h3', { 'data-node-id': id }, textSpan(node.title ?? node.name ?? ctx.labelOf(id))),
    facts([
      [
        'Kind',
        KIND_WORDS[node.__typename].one +
          (node.instrumentKind ? ` · ${humanise(node.instrumentKind)}` : node.kind ? ` · ${humanise(node.kind)}` : ''),
      ],
      ['Id', node.id],
      ['Year', year?.toString() ?? 'not given in the sources'],
      ['Status', node.status ? humanise(node.status) : null],
      ['Legally binding', node.legallyBinding ? humanise(node.legallyBinding) : null],
      ['Place', node.place],
      ['Also known as', node.aliases?.join(', ')],
    ]),
    node.summary ? h('p', {}, textSpan(node.summary)) : null,
    node.text ? h('blockquote', {}, textSpan(node.text)) : null,
    node.measure ? h('p', {}, textSpan(node.measure)) : null,
    node.allNames && node.allNames.length > 0 ? h('h3', {}, 'Names') : null,
    node.allNames && node.allNames.length > 0 ? namesList(node.allNames) : null,
    nodeActions(ctx, id),
    whyHere(ctx, id),
    h('h3', {}, 'Connections'),
    connections(ctx, id),
    h('h3', {}, 'Evidence'),
    evidenceList(node.evidence),
    node.evidence.length > 0
      ? button(
          'Cite',
          () => void openCiteDialog({ kind: 'node', title: `Sources for ${node.title ?? node.name ?? ctx.labelOf(id)}`, node }),
          {
            'aria-label': `Cite the sources for ${ctx.labelOf(id)}`,
            'data-action': 'cite',
          },
        )
      : null,
  );
}

/** Renders an edge's details and evidence (or says it is an overlap match, not a stored edge). */
export function showEdge(panel: HTMLElement, ctx: DetailsContext, id: string): void {
  const edge = ctx.edges.get(id);
  const element = ctx.cy.getElementById(id);
  if (!edge) {
    const relation = String(element.data('relation') ?? '');
    renderPanel(
      panel,
      h('h2', { tabindex: '-1' }, 'Link'),
      h(
        'h3',
        { 'data-edge-id': id },
        element.nonempty() ? `${ctx.labelOf(element.source().id())} ↔ ${ctx.labelOf(element.target().id())}` : id,
      ),
      h('p', {}, `${relationTitle(relation)}: a match the overlap made, not a stored relationship.`),
    );
    return;
  }
  const text = `${ctx.labelOf(edge.from.id)} ${relationWords(edge.relation)} ${ctx.labelOf(edge.to.id)}`;
  renderPanel(
    panel,
    h('h2', { tabindex: '-1' }, 'Link'),
    h('h3', { 'data-edge-id': id }, text),
    facts([
      ['Relationship', relationTitle(edge.relation)],
      ['From', ctx.labelOf(edge.from.id)],
      ['To', ctx.labelOf(edge.to.id)],
      ['Year', edge.year?.toString() ?? null],
      ['Role or how', edge.qualifier ? humanise(edge.qualifier) : null],
      ['As the source names it', edge.asNamed],
      ['Note', edge.note],
    ]),
    h(
      'div',
      { class: 'actions' },
      button(ctx.labelOf(edge.from.id), () => ctx.actions.show(edge.from.id), { 'aria-label': `Show ${ctx.labelOf(edge.from.id)}` }),
      button(ctx.labelOf(edge.to.id), () => ctx.actions.show(edge.to.id), { 'aria-label': `Show ${ctx.labelOf(edge.to.id)}` }),
    ),
    h('h3', {}, 'Evidence'),
    evidenceList(edge.evidence),
    edge.evidence.length > 0
      ? button('Cite', () => void openCiteDialog({ kind: 'edge', title: `Sources for: ${text}`, edge }), {
          'aria-label': `Cite the sources for: ${text}`,
          'data-action': 'cite',
        })
      : null,
  );
}

function matchList(ctx: DetailsContext, title: string, items: OverlapMatch[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      { class: 'links' },
      ...items.map((m) =>
        h(
          'li',
          { 'data-match': m.node.id, 'data-via': m.via },
          h('span', { class: `badge ${m.via}` }, humanise(m.via)),
          button(api.labelOf(m.node), () => ctx.actions.show(m.node.id)),
          m.matched.length > 1 ? h('span', { class: 'hint' }, ` matched ${m.matched.map((n) => api.labelOf(n)).join(' ↔ ')}`) : null,
        ),
      ),
    ),
  ];
}

/** The overlap summary: score, pairwise scores and what is shared, by kind. */
export function showOverlap(panel: HTMLElement, ctx: DetailsContext, overlap: OverlapResult, matches: OverlapMatch[]): void {
  renderPanel(
    panel,
    h('h2', { tabindex: '-1' }, 'Overlap'),
    h(
      'p',
      {},
      'Score (Jaccard over lineage-normalised sets): ',
      h('span', { class: 'score', 'data-score': String(overlap.score) }, overlap.score.toFixed(3)),
    ),
    h(
      'ul',
      { class: 'links' },
      ...overlap.pairs.map((p) =>
        h('li', {}, `${ctx.labelOf(p.a.id)} × ${ctx.labelOf(p.b.id)}: ${p.score.toFixed(3)} (${p.shared} shared)`),
      ),
    ),
    ...matchList(ctx, 'Technology areas', overlap.technologyAreas),
    ...matchList(ctx, 'Institutions', overlap.institutions),
    ...matchList(ctx, 'Mechanisms', overlap.mechanisms),
    matches.length === 0 ? h('p', {}, 'Nothing shared.') : null,
  );
}

/** The path summary: each step in words, with its evidence one click away. */
export function showPath(panel: HTMLElement, ctx: DetailsContext, result: api.GraphResult): void {
  renderPanel(
    panel,
    h('h2', { tabindex: '-1' }, 'Path'),
    h(
      'ol',
      { class: 'links' },
      ...result.edges.map((e) =>
        h(
          'li',
          {},
          `${ctx.labelOf(e.from.id)} ${relationWords(e.relation)} ${ctx.labelOf(e.to.id)} `,
          button('Evidence', () => ctx.actions.show(e.id), {
            'aria-label': `Evidence: ${ctx.labelOf(e.from.id)} ${relationWords(e.relation)} ${ctx.labelOf(e.to.id)}`,
          }),
        ),
      ),
    ),
  );
}
