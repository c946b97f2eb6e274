// trawl workspace: a single page over the JSON API of `trawl serve`.
// Every piece of text from the index goes into the page as a text node (never as HTML), so an article
// containing markup shows it as text.
'use strict';

const TYPES = ['PERSON', 'GROUP', 'PLACE'];
const TYPE_LABEL = {PERSON: 'People', GROUP: 'Groups', PLACE: 'Places'};
const TYPE_COLOUR = {PERSON: '#4e79a7', GROUP: '#e15759', PLACE: '#59a14f'};
const RELATIONS = ['MEMBER_OF', 'LEADS', 'FOUNDED', 'ALLIED_WITH', 'FIGHTS', 'LOCATED_IN', 'TRAVELED_TO',
  'ATTACKED', 'ASSOCIATE_OF', 'WORKS_FOR', 'PART_OF', 'COMMUNICATED_WITH', 'SAME_AS', 'CONTROLS', 'CO_OCCURS'];
const EXPORTS = [['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML'], ['json', 'JSON'], ['dot', 'DOT'],
  ['csv-nodes', 'CSV nodes'], ['csv-edges', 'CSV edges'], ['svg', 'SVG'], ['png', 'PNG']];
const PAGE = 10; // hits per search page
const main = document.getElementById('main');

// ---------------------------------------------------------------- small helpers

/** Builds an element: h('a', {href: '#/x', class: 'y', onclick: f}, 'text', child, ...). */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

function fmt(n) {
  return Number(n).toLocaleString('en');
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.filter(x => x !== '' && x != null).forEach(x => q.append(k, x));
    else if (v !== '' && v !== null && v !== undefined && v !== false) q.append(k, v);
  }
  return q.toString();
}

function link(route, params) {
  const q = params ? query(params) : '';
  return '#/' + route + (q ? '?' + q : '');
}

const entityLink = id => '#/entity/' + encodeURIComponent(id);
const docLink = id => '#/doc/' + encodeURIComponent(id);

async function api(path, params) {
  const q = params ? query(params) : '';
  const res = await fetch('/api/' + path + (q ? '?' + q : ''), {headers: {Accept: 'application/json'}});
  let body;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error('the server answered ' + res.status + ' without JSON');
  }
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function badge(type) {
  return h('span', {class: 'badge ' + type}, type.toLowerCase());
}

function errorBox(e) {
  return h('div', {class: 'error', role: 'alert'}, e.message || String(e));
}

/** A passage with its marked ranges wrapped in <mark>, built from text and [start, end] pairs. */
function snippet(s) {
  const p = h('p', {class: 'snippet'});
  let pos = 0;
  for (const [a, b] of s.marks) {
    append(p, [s.text.slice(pos, a), h('mark', {}, s.text.slice(a, b))]);
    pos = b;
  }
  append(p, [s.text.slice(pos)]);
  return p;
}

function ready(view) {
  main.dataset.view = view;
  main.dataset.ready = '1';
}

function loading() {
  main.dataset.ready = '';
  clear(main).append(h('div', {class: 'loading'}, 'Loading…'));
}

function hitList(hits) {
  return hits.map(hit => h('article', {class: 'hit'},
    h('a', {class: 'title', href: docLink(hit.id)}, hit.title || hit.file || hit.id),
    h('div', {class: 'meta'}, [hit.source, hit.published, hit.file].filter(Boolean).join(' · '),
      hit.near_duplicate_of ? [' · ', h('a', {href: docLink(hit.near_duplicate_of)}, 'near-copy of an earlier article')] : null),
    hit.snippets.map(snippet)));
}

// ---------------------------------------------------------------- search

const entityNames = new Map();

async function entityName(id) {
  if (!entityNames.has(id)) {
    try {
      const found = (await api('entities', {id})).entities;
      entityNames.set(id, found.length ? found[0].canonical : id);
    } catch (e) {
      entityNames.set(id, id);
    }
  }
  return entityNames.get(id);
}

async function searchView(params) {
  const p = {
    q: params.get('q') || '', entity: params.getAll('entity'), type: params.get('type') || '',
    source: params.get('source') || '', from: params.get('from') || '', to: params.get('to') || '',
    offset: Number(params.get('offset') || 0),
  };
  const go = changes => { location.hash = link('search', Object.assign({}, p, {offset: 0}, changes)); };

  // the page's one search box (the header has none, so no page shows two)
  const input = h('input', {type: 'search', name: 'q', id: 'q', value: p.q, placeholder: 'Search articles: words, "exact phrases", name:*, OR, NOT…', 'aria-label': 'Search query', autocomplete: 'off'});
  const form = h('form', {class: 'search-form', onsubmit: ev => { ev.preventDefault(); go({q: input.value.trim()}); }},
    input, h('button', {class: 'btn primary', type: 'submit'}, 'Search'),
    h('a', {class: 'btn', href: link('map', {q: p.q, entity: p.entity, type: p.type, source: p.source, from: p.from, to: p.to})}, 'Map of these'));

  let data;
  try {
    data = await api('search', {q: p.q, entity: p.entity, type: p.type, source: p.source, from: p.from, to: p.to, offset: p.offset, limit: PAGE});
  } catch (e) {
    clear(main).append(form, errorBox(e));
    ready('search');
    return;
  }

  const chips = h('div', {class: 'chips', id: 'filters'});
  const chip = (label, changes) => h('span', {class: 'chip'}, label,
    h('button', {type: 'button', title: 'Remove filter', 'aria-label': 'Remove filter ' + label, onclick: () => go(changes)}, '×'));
  for (const id of p.entity) {
    chips.append(chip(await entityName(id), {entity: p.entity.filter(x => x !== id)}));
  }
  if (p.type) chips.append(chip('mentions a ' + p.type.toLowerCase(), {type: ''}));
  if (p.source) chips.append(chip('source: ' + p.source, {source: ''}));
  if (p.from || p.to) chips.append(chip('date: ' + (p.from || '…') + ' – ' + (p.to || '…'), {from: '', to: ''}));

  const results = h('section', {class: 'card results', id: 'results'},
    h('p', {class: 'summary'}, fmt(data.total) + (data.total === 1 ? ' article' : ' articles')
      + (data.total > 0 ? ', showing ' + fmt(p.offset + 1) + '–' + fmt(p.offset + data.hits.length) : '')),
    hitList(data.hits));
  if (data.total === 0) results.append(h('p', {class: 'muted'}, 'Nothing matches. Remove a filter or try other words.'));
  if (data.total > PAGE) {
    const pager = h('div', {class: 'pager'});
    if (p.offset > 0) pager.append(h('a', {class: 'btn', href: link('search', Object.assign({}, p, {offset: Math.max(0, p.offset - PAGE)}))}, '← Previous'));
    if (p.offset + PAGE < data.total) pager.append(h('a', {class: 'btn', id: 'next-page', href: link('search', Object.assign({}, p, {offset: p.offset + PAGE}))}, 'Next →'));
    results.append(pager);
  }

  clear(main).append(form, chips, h('div', {class: 'layout'}, facetPanel(data.facets, p, go), results));
  ready('search');
}

function facetPanel(f, p, go) {
  const panel = h('aside', {class: 'card facets', id: 'facets'});
  if (!f) return panel;
  const max = Math.max(1, f.total);
  const row = (label, count, onclick, extra) => h('li', {},
    h('a', {class: 'value', href: '#', onclick: ev => { ev.preventDefault(); onclick(); }, title: label}, label),
    extra || null, h('span', {class: 'count'}, fmt(count)));
  // a facet without values is null: DOM append would write it as the text "null"
  const add = el => { if (el) panel.append(el); };
  const facet = (title, items) => items.length ? h('div', {class: 'facet'}, h('h2', {}, title), h('ul', {}, items)) : null;

  add(facet('Mentions', TYPES.map(t => row(TYPE_LABEL[t], f.types[t] || 0, () => go({type: t}),
    h('span', {class: 'dot ' + t})))));
  for (const t of TYPES) {
    add(facet(TYPE_LABEL[t], f.entities[t].filter(e => !p.entity.includes(e.entity)).map(e => {
      entityNames.set(e.entity, e.name);
      const li = row(e.name, e.count, () => go({entity: p.entity.concat([e.entity])}),
        h('a', {class: 'go', href: entityLink(e.entity), title: 'Open ' + e.name}, '↗'));
      li.dataset.entity = e.entity;
      return li;
    })));
  }
  add(facet('Sources', f.sources.map(s => row(s.value, s.count, () => go({source: s.value})))));
  add(facet('Years', f.years.slice(0, 15).map(y => row(y.value, y.count, () => go({from: y.value, to: y.value})))));
  if (f.sampled) panel.append(h('p', {class: 'faint'}, 'Counts estimated from a sample of the ' + fmt(f.total) + ' matches.'));
  return panel;
}

// ---------------------------------------------------------------- document

async function documentView(id) {
  let d;
  try {
    d = await api('documents/' + encodeURIComponent(id));
  } catch (e) {
    clear(main).append(errorBox(e));
    ready('document');
    return;
  }
  const meta = h('dl', {class: 'doc-meta'});
  const field = (k, v) => { if (v) meta.append(h('dt', {}, k), h('dd', {}, v)); };
  field('Source', d.source);
  field('Published', d.published);
  field('Author', d.author);
  field('File', d.paths.join('\n'));
  field('Container', d.container);
  if (d.near_duplicate_of) {
    meta.append(h('dt', {}, 'Near-copy of'), h('dd', {}, h('a', {href: docLink(d.near_duplicate_of)}, 'an earlier article'),
      ' (its names and relations are counted there)'));
  }
  field('Format', d.content_type);
  field('Language', d.language);
  field('Length', fmt(d.chars) + ' characters');
  field('Names found', fmt(d.mentions.length));

  const text = h('div', {class: 'article-text', id: 'article-text'});
  let pos = 0;
  for (const m of [...d.mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < pos) continue;
    text.append(document.createTextNode(d.text.slice(pos, m.start)));
    text.append(h('a', {class: 'm ' + m.type, href: entityLink(m.entity), title: m.canonical + ' (' + m.type.toLowerCase() + (m.score == null ? '' : ', score ' + m.score.toFixed(2)) + ')', 'data-entity': m.entity},
      d.text.slice(m.start, m.end)));
    pos = m.end;
  }
  text.append(document.createTextNode(d.text.slice(pos)));

  const side = h('aside', {class: 'card side', id: 'relations'}, h('h2', {}, 'Relations in this article (' + d.relations.length + ')'));
  const typed = d.relations.filter(r => r.type !== 'CO_OCCURS');
  const shown = typed.length ? typed : d.relations;
  for (const r of shown.slice(0, 200)) side.append(relationItem(r));
  if (!d.relations.length) side.append(h('p', {class: 'muted'}, 'No relations were found in this article.'));
  if (typed.length && typed.length < d.relations.length) {
    side.append(h('p', {class: 'faint'}, fmt(d.relations.length - typed.length) + ' co-occurrences not listed.'));
  }

  clear(main).append(h('div', {class: 'doc-grid'},
    h('section', {class: 'card'}, h('h1', {id: 'doc-title'}, d.title || d.file), meta,
      h('div', {class: 'legend'}, TYPES.map(t => h('span', {}, h('span', {class: 'dot ' + t}), TYPE_LABEL[t]))),
      text),
    side));
  ready('document');
}

function relationItem(r) {
  return h('div', {class: 'relation'},
    h('div', {class: 'ends'},
      h('a', {href: entityLink(r.source.entity)}, r.source.name || r.source.text),
      h('span', {class: 'arrow'}, ' '), h('span', {class: 'badge rel'}, r.type.replace(/_/g, ' ').toLowerCase()), h('span', {class: 'arrow'}, ' '),
      h('a', {href: entityLink(r.target.entity)}, r.target.name || r.target.text)),
    h('div', {class: 'evidence'}, r.sentence, r.years.length ? h('span', {class: 'faint'}, '  (' + r.years.join(', ') + ')') : null));
}

// ---------------------------------------------------------------- entity

async function entityView(id, params) {
  const offset = Number(params.get('offset') || 0);
  let e;
  try {
    e = await api('entities/' + encodeURIComponent(id), {offset, limit: 10});
  } catch (err) {
    clear(main).append(errorBox(err));
    ready('entity');
    return;
  }
  entityNames.set(e.id, e.canonical);
  const head = h('section', {class: 'card'},
    h('div', {class: 'entity-head'},
      h('div', {}, h('h1', {id: 'entity-name'}, e.canonical, ' ', badge(e.type)),
        h('div', {class: 'muted'}, fmt(e.mentions) + ' mentions in ' + fmt(e.documents) + (e.documents === 1 ? ' article' : ' articles')),
        e.scored_mentions ? h('div', {class: 'muted', id: 'entity-score', title: 'how sure trawl is that this is a real name of its type: 1 − ∏(1 − mention score)'},
          'score ' + e.score.toFixed(2) + ' · mentions: mean ' + e.mean_mention_score.toFixed(2) + ', best ' + e.best_mention_score.toFixed(2)) : null),
      h('div', {class: 'actions'},
        h('a', {class: 'btn', href: link('search', {entity: e.id})}, 'Search its articles'),
        h('a', {class: 'btn', href: link('network', {seed: e.id, hops: 1})}, 'Network'),
        h('a', {class: 'btn', href: link('map', {seed: e.id, hops: 1})}, 'Map'))),
    h('div', {class: 'names', id: 'names'}, e.names.map(n => h('span', {}, n))));

  const relations = h('section', {class: 'card', id: 'entity-relations'}, h('h2', {}, 'Relations'));
  const byType = new Map();
  for (const l of e.relations) {
    if (!byType.has(l.type)) byType.set(l.type, []);
    byType.get(l.type).push(l);
  }
  if (!byType.size) relations.append(h('p', {class: 'muted'}, 'No typed relations found yet.'));
  for (const [type, links] of byType) {
    relations.append(h('h3', {}, type.replace(/_/g, ' ').toLowerCase()), h('ul', {class: 'links'}, links.map(l => h('li', {},
      h('span', {class: 'dot ' + l.entity_type}), ' ',
      l.direction === 'in' ? [h('a', {href: entityLink(l.entity)}, l.name), ' → ', e.canonical] : h('a', {href: entityLink(l.entity)}, l.name),
      h('span', {class: 'faint'}, '  ×' + l.count),
      l.evidence ? h('div', {class: 'evidence'}, l.evidence, ' ', h('a', {href: docLink(l.document)}, 'article')) : null))));
  }

  const co = h('section', {class: 'card', id: 'cooccurring'}, h('h2', {}, 'Named with'),
    h('ul', {class: 'links'}, e.cooccurring.map(l => h('li', {}, h('span', {class: 'dot ' + l.entity_type}), ' ',
      h('a', {href: entityLink(l.entity)}, l.name), h('span', {class: 'faint'}, '  ' + fmt(l.count) + (l.count === 1 ? ' sentence' : ' sentences'))))));
  if (!e.cooccurring.length) co.append(h('p', {class: 'muted'}, 'Not named with any other entity.'));

  const ego = h('div', {class: 'ego', id: 'ego'});
  const articles = h('section', {class: 'card wide', id: 'entity-articles'},
    h('h2', {}, 'Articles (' + fmt(e.articles.total) + ')'), hitList(e.articles.hits));
  if (e.articles.total > offset + 10) {
    articles.append(h('div', {class: 'pager'}, h('a', {class: 'btn', href: '#/entity/' + encodeURIComponent(e.id) + '?offset=' + (offset + 10)}, 'More articles →')));
  }

  clear(main).append(head, h('div', {class: 'entity-grid'}, relations, co,
    h('section', {class: 'card wide'}, h('h2', {}, 'Ego network'), ego), articles));
  try {
    const net = await api('network', {seed: e.id, hops: 1, max_nodes: 40});
    window.trawlEgoGraph = drawGraph(ego, net, {seeds: [e.id], onNode: n => { location.hash = entityLink(n.id); }});
  } catch (err) {
    ego.replaceWith(errorBox(err));
  }
  ready('entity');
}

// ---------------------------------------------------------------- network

let graph = null; // also window.trawlGraph, for tests and the browser console

/** At most this many names are written on a drawing; the others show on hover. */
const MAX_LABELS = 40;

function drawGraph(container, net, options) {
  const maxDegree = Math.max(1, ...net.nodes.map(n => n.weighted_degree || 0));
  const maxWeight = Math.max(1, ...net.links.map(l => l.weight));
  const community = new Map(net.nodes.map(n => [n.id, n.community]));
  const elements = net.nodes.map(n => ({data: {
    id: n.id, label: n.label, type: n.type, size: 14 + 36 * Math.sqrt((n.weighted_degree || 0) / maxDegree), node: n,
    seed: options.seeds.includes(n.id) ? 1 : 0, rank: n.weighted_degree || 0,
  }})).concat(net.links.map((l, i) => ({data: {
    id: 'e' + i, source: l.source, target: l.target, type: l.type, width: 1 + 5 * Math.sqrt(l.weight / maxWeight),
    arrow: l.directed ? 'triangle' : 'none', link: l, within: community.get(l.source) === community.get(l.target) ? 1 : 0,
  }})));
  const cy = cytoscape({
    container, elements, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4,
    style: [
      // every node carries its label (so its size is known) but shows it only when it fits (.labelled)
      {selector: 'node', style: {
        'background-color': ele => TYPE_COLOUR[ele.data('type')] || '#999', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 12, color: '#1d2433', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 7, 'text-opacity': 0}},
      {selector: 'node.labelled, node.hover, node:selected', style: {'text-opacity': 1, 'z-index': 10}},
      {selector: 'node[seed = 1]', style: {'border-width': 3, 'border-color': '#1d2433'}},
      {selector: 'edge', style: {
        width: 'data(width)', 'line-color': '#b8c0cc', 'curve-style': 'bezier', opacity: 0.8,
        'target-arrow-shape': 'data(arrow)', 'target-arrow-color': '#b8c0cc', 'arrow-scale': 0.8}},
      {selector: 'edge[type != "CO_OCCURS"]', style: {'line-color': '#7d8799', 'target-arrow-color': '#7d8799'}},
      {selector: ':selected', style: {'overlay-opacity': 0.15, 'overlay-color': '#1f5fbf'}},
    ],
  });
  cy.on('tap', 'node', ev => options.onNode && options.onNode(ev.target.data('node')));
  cy.on('tap', 'edge', ev => options.onEdge && options.onEdge(ev.target.data('link')));
  cy.on('mouseover', 'node', ev => ev.target.addClass('hover'));
  cy.on('mouseout', 'node', ev => ev.target.removeClass('hover'));
  const layout = cy.layout(layoutOptions(net.nodes.length));
  layout.one('layoutstop', () => {
    container.dataset.labelled = String(placeLabels(cy, MAX_LABELS));
    container.dataset.nodes = String(net.nodes.length); // drawn: laid out and labelled
  });
  layout.run();
  return cy;
}

/**
 * A force-directed layout that keeps communities apart: links within a community are short and stiff,
 * links between communities long and slack, so each community gathers into its own cluster (fCoSE, from
 * its webjar; CoSE, built into Cytoscape, if it is missing).
 */
function layoutOptions(nodes) {
  const within = e => e.data('within') === 1;
  if (typeof cytoscapeFcose !== 'undefined') {
    return {name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 30,
      packComponents: true, nodeSeparation: 80, nodeRepulsion: () => 9000, gravity: 0.2, numIter: 2500,
      idealEdgeLength: e => within(e) ? 50 : 170, edgeElasticity: e => within(e) ? 0.45 : 0.05};
  }
  return {name: nodes > 250 ? 'concentric' : 'cose', animate: false, randomize: false, padding: 20,
    nodeRepulsion: () => 9000, idealEdgeLength: e => within(e) ? 60 : 150};
}

/**
 * Shows the names that fit: the seeds and then the best connected nodes, each labelled only when its
 * label overlaps no label already shown, up to {@code max} (drawn above the discs, outlined in white);
 * the rest show on hover. Returns how many are shown.
 */
function placeLabels(cy, max) {
  const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const nodes = cy.nodes().toArray().sort((a, b) => b.data('seed') - a.data('seed') || b.data('rank') - a.data('rank'));
  const shown = [];
  cy.batch(() => {
    for (const n of nodes) {
      n.removeClass('labelled');
      if (shown.length >= max) continue;
      const b = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});
      const pad = {x1: b.x1 - 2, y1: b.y1 - 1, x2: b.x2 + 2, y2: b.y2 + 1};
      if (shown.some(s => overlap(s, pad))) continue;
      shown.push(pad);
      n.addClass('labelled');
    }
  });
  return shown.length;
}

function checkboxes(name, values, chosen) {
  return h('div', {class: 'checks'}, values.map(v => h('label', {},
    h('input', {type: 'checkbox', name, value: v, checked: chosen.includes(v)}), v.replace(/_/g, ' ').toLowerCase())));
}

async function networkView(params) {
  const p = {
    seed: params.getAll('seed'), hops: params.get('hops') || '1', types: params.getAll('types'),
    relations: params.getAll('relations'), min_weight: params.get('min_weight') || '1', from: params.get('from') || '',
    to: params.get('to') || '', q: params.get('q') || '', project: params.get('project') || '',
    max_nodes: params.get('max_nodes') || '150',
  };
  const seedNames = [];
  for (const s of p.seed) seedNames.push(await entityName(s));

  const seedInput = h('input', {type: 'text', id: 'seed', value: seedNames.join('; '), placeholder: 'names, separated by ;'});
  const form = h('form', {class: 'card controls', id: 'network-controls', onsubmit: ev => {
    ev.preventDefault();
    const fd = new FormData(form);
    location.hash = link('network', {
      seed: seedInput.value.split(';').map(s => s.trim()).filter(Boolean),
      hops: fd.get('hops'), types: fd.getAll('types'), relations: fd.getAll('relations'), min_weight: fd.get('min_weight'),
      from: fd.get('from'), to: fd.get('to'), q: fd.get('q'), project: fd.get('project'), max_nodes: fd.get('max_nodes'),
    });
  }},
  h('h2', {}, 'Network'),
  h('label', {for: 'seed'}, 'Grow from'), seedInput,
  h('div', {class: 'row'},
    h('div', {}, h('label', {}, 'Hops'), h('input', {type: 'number', name: 'hops', min: 0, max: 4, value: p.hops})),
    h('div', {}, h('label', {}, 'Min weight'), h('input', {type: 'number', name: 'min_weight', min: 1, value: p.min_weight}))),
  h('label', {}, 'Entity types'), checkboxes('types', TYPES, p.types.length ? p.types : TYPES),
  h('label', {}, 'Relations'), checkboxes('relations', RELATIONS, p.relations.length ? p.relations : RELATIONS),
  h('div', {class: 'row'},
    h('div', {}, h('label', {}, 'From year'), h('input', {type: 'number', name: 'from', value: p.from})),
    h('div', {}, h('label', {}, 'To year'), h('input', {type: 'number', name: 'to', value: p.to}))),
  h('label', {}, 'Only articles matching'), h('input', {type: 'text', name: 'q', value: p.q, placeholder: 'search query'}),
  h('div', {class: 'row'},
    h('div', {}, h('label', {}, 'Projection'), h('select', {name: 'project'},
      [['', 'none'], ['people', 'people by shared groups'], ['groups', 'groups by shared members']].map(([v, l]) =>
        h('option', {value: v, selected: p.project === v}, l)))),
    h('div', {}, h('label', {}, 'Show nodes'), h('input', {type: 'number', name: 'max_nodes', min: 1, max: 1000, value: p.max_nodes}))),
  h('div', {class: 'buttons'}, h('button', {class: 'btn primary', type: 'submit'}, 'Draw'),
    h('a', {class: 'btn', href: link('map', p)}, 'Map')),
  h('label', {}, 'Export the whole network'),
  h('div', {class: 'exports', id: 'exports'}, EXPORTS.map(([f, label]) =>
    h('a', {class: 'btn small', href: '/api/network?' + query(Object.assign({}, p, {max_nodes: '', format: f})), download: 'trawl-network.' + (f.startsWith('csv') ? f.slice(4) + '.csv' : f)}, label))));

  const status = h('div', {class: 'status', id: 'network-status'}, 'Building the network…');
  const canvas = h('div', {class: 'canvas'}, h('div', {id: 'graph'}), status);
  const details = h('aside', {class: 'card details', id: 'details'}, h('h2', {}, 'Details'),
    h('p', {class: 'muted'}, 'Click a node or a link. Scroll to zoom, drag to pan or move nodes.'));
  clear(main).append(h('div', {class: 'net-layout'}, form, canvas, details));
  main.dataset.ready = '';

  let net;
  try {
    net = await api('network', p);
  } catch (e) {
    status.replaceWith(errorBox(e));
    ready('network');
    return;
  }
  if (graph) graph.destroy();
  window.trawlGraph = graph = drawGraph(document.getElementById('graph'), net, {
    seeds: net.seeds,
    onNode: n => showNode(details, n, p),
    onEdge: l => showEdge(details, l, net),
  });
  const atLeast = net.complete === false ? 'at least ' : '';
  status.textContent = 'Showing ' + fmt(net.nodes.length) + ' of ' + atLeast + fmt(net.total_nodes) + ' nodes, '
    + fmt(net.links.length) + ' of ' + atLeast + fmt(net.total_edges) + ' links'
    + (net.complete === false ? ' (the strongest ties of the seeds)'
      : net.total_nodes > net.nodes.length ? ' (the best connected)' : '');
  ready('network');
}

function showNode(details, n, p) {
  const metrics = ['degree', 'weighted_degree', 'betweenness', 'closeness', 'pagerank', 'clustering'].filter(m => n[m] !== undefined);
  clear(details).append(h('h2', {}, 'Node'),
    h('h3', {id: 'node-name'}, n.label, ' ', badge(n.type)),
    h('p', {class: 'muted'}, fmt(n.mentions) + ' mentions in ' + fmt(n.documents) + ' articles'),
    h('table', {class: 'metric-table'}, metrics.map(m => h('tr', {}, h('td', {}, m.replace(/_/g, ' ')),
      h('td', {}, Number.isInteger(n[m]) ? fmt(n[m]) : Number(n[m]).toFixed(4))))),
    h('p', {class: 'faint'}, 'Component ' + (n.component + 1) + ', community ' + (n.community + 1)),
    h('div', {class: 'actions'},
      h('a', {class: 'btn primary', id: 'open-entity', href: entityLink(n.id)}, 'Open'),
      h('a', {class: 'btn', href: link('network', Object.assign({}, p, {seed: [n.id], hops: 1}))}, 'Grow from here'),
      h('a', {class: 'btn', href: link('network', Object.assign({}, p, {seed: p.seed.concat([n.id])}))}, 'Add as seed')));
}

function showEdge(details, l, net) {
  const name = id => (net.nodes.find(n => n.id === id) || {label: id}).label;
  clear(details).append(h('h2', {}, 'Link'),
    h('h3', {}, name(l.source), ' ', h('span', {class: 'badge rel'}, l.type.replace(/_/g, ' ').toLowerCase()), ' ', name(l.target)),
    h('p', {class: 'muted'}, fmt(l.weight) + ' evidence sentences in ' + fmt(l.documents) + ' articles'
      + (l.first_year ? ', ' + l.first_year + (l.last_year !== l.first_year ? '–' + l.last_year : '') : '')),
    l.evidence.map(s => h('div', {class: 'evidence'}, s)));
}

// ---------------------------------------------------------------- map

let leafletMap = null;
let countries = null;

async function mapView(params) {
  const p = Object.fromEntries([...new Set(params.keys())].map(k => [k, params.getAll(k)]));
  const network = (p.seed || []).length > 0;
  const names = [];
  for (const s of p.seed || []) names.push(await entityName(s));
  const what = network ? 'Places in the network of ' + names.join(', ')
    : (p.q && p.q[0] ? 'Places named in articles matching “' + p.q[0] + '”' : 'Places named in all articles');
  const input = h('input', {type: 'search', value: network ? '' : (p.q || [''])[0], placeholder: 'Search articles to map…', 'aria-label': 'Map query'});
  const list = h('aside', {class: 'card place-list', id: 'place-list'}, h('h2', {}, 'Places'),
    h('form', {class: 'search-form', onsubmit: ev => { ev.preventDefault(); location.hash = link('map', {q: input.value.trim()}); }}, input),
    h('p', {class: 'muted'}, what));
  const mapEl = h('div', {id: 'map'});
  clear(main).append(h('div', {class: 'map-layout'}, mapEl, list));
  main.dataset.ready = '';

  if (leafletMap) leafletMap.remove();
  leafletMap = L.map(mapEl, {worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5}).setView([30, 20], 2);
  leafletMap.attributionControl.setPrefix('');
  leafletMap.attributionControl.addAttribution('Countries: Natural Earth (public domain) · places: GeoNames (CC BY 4.0)');
  try {
    if (!countries) countries = await (await fetch('/countries.geojson')).json();
    L.geoJSON(countries, {style: {color: '#9aa5b5', weight: 0.7, fillColor: '#f7f4ee', fillOpacity: 1}, interactive: false}).addTo(leafletMap);
    const data = await api('map', Object.assign({}, p));
    const max = Math.max(1, ...data.places.map(x => x.weight));
    const group = L.featureGroup();
    for (const x of data.places) {
      const marker = L.circleMarker([x.lat, x.lng], {
        radius: 4 + 22 * Math.sqrt(x.weight / max), color: '#2f6b27', weight: 1, fillColor: '#59a14f', fillOpacity: 0.55});
      const popup = h('div', {}, h('strong', {}, x.canonical), h('br'),
        (network ? 'weighted degree ' : 'articles: ') + fmt(x.weight), h('br'),
        h('a', {href: entityLink(x.id)}, 'Open'), ' · ', h('a', {href: link('search', {entity: x.id})}, 'Articles'));
      marker.bindPopup(popup);
      // an element, never a string: Leaflet renders a string tooltip as HTML, and names are untrusted text
      marker.bindTooltip(h('span', {}, x.canonical + ' (' + fmt(x.weight) + ')'));
      group.addLayer(marker);
    }
    group.addTo(leafletMap);
    if (data.places.length) leafletMap.fitBounds(group.getBounds().pad(0.3), {maxZoom: 6});
    mapEl.dataset.places = String(data.places.length);
    list.append(h('ul', {class: 'links'}, data.places.map(x => h('li', {}, h('span', {class: 'dot PLACE'}), ' ',
      h('a', {href: entityLink(x.id)}, x.canonical), h('span', {class: 'faint'}, '  ' + fmt(x.weight))))));
    if (data.unlocated.length) {
      list.append(h('h3', {}, 'Not on the map (' + data.unlocated.length + ')'),
        h('p', {class: 'faint'}, 'Not in the gazetteer: ' + data.unlocated.map(x => x.canonical).join(', ')));
    }
    if (!data.places.length && !data.unlocated.length) list.append(h('p', {class: 'muted'}, 'No places here.'));
  } catch (e) {
    list.append(errorBox(e));
  }
  ready('map');
}

// ---------------------------------------------------------------- routing

async function route() {
  const hash = location.hash.replace(/^#\/?/, '') || 'search';
  const [path, q] = hash.split('?');
  const params = new URLSearchParams(q || '');
  const [view, id] = path.split('/').map(decodeURIComponent);
  for (const a of document.querySelectorAll('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === view || (view !== 'network' && view !== 'map' && a.dataset.nav === 'search'));
  }
  loading();
  window.scrollTo(0, 0);
  if (view === 'doc' && id) await documentView(id);
  else if (view === 'entity' && id) await entityView(id, params);
  else if (view === 'network') await networkView(params);
  else if (view === 'map') await mapView(params);
  else await searchView(params);
}

window.addEventListener('hashchange', route);
api('stats').then(s => {
  document.getElementById('index-info').textContent = fmt(s.documents) + ' articles · ' + fmt(s.entities) + ' entities · '
    + fmt(s.typed_relations) + ' relations · ' + fmt(s.cooccurrences) + ' co-occurrences';
}).catch(() => {});
route();
