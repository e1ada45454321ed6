// The coordination network: accounts as nodes, coordination as edges coloured by type. A node
// opens its account; an edge opens its evidence.

import { getJson } from './api.js';
import { PALETTE, chart, tooltip } from './charts.js';
import { el, fill, formatCount, loading, message, plural } from './dom.js';
import { evidenceItem } from './evidence.js';
import { paramControls, renderFilters } from './filters.js';
import { accountUrl } from './hits.js';
import { navigate, urlWith } from './state.js';

export const title = 'Network';

const TYPES = ['copy', 'co-retweet', 'co-link'];
const TYPE_COLOURS = { copy: PALETTE[0], 'co-retweet': PALETTE[1], 'co-link': PALETTE[2] };
const NETWORK_PARAMS = ['window', 'types', 'threshold', 'minAccounts', 'maxNodes'];

export async function render(container, { params, filter, signal, track }) {
  const settings = Object.fromEntries(NETWORK_PARAMS.map(k => [k, params.get(k)]).filter(([, v]) => v));
  const sizeBy = params.get('sizeBy') === 'degree' ? 'degree' : 'posts';
  const query = { ...filter, ...settings };
  const graph = el('div', { id: 'network', class: 'chart network-chart' });
  const notice = el('p', { id: 'network-notice', class: 'notice' });
  const evidence = el('div', { id: 'edge-evidence', class: 'panel edge-evidence' }, message('empty', 'Click an edge to see its evidence.'));
  const download = (id, format, text) => el('a', { id, class: 'button', href: urlWith('/api/network/download', { ...query, format }), download: true }, text);
  fill(container, el('section', { class: 'view network' },
    el('h1', {}, 'Coordination network'),
    renderFilters(el('div', { id: 'filters', class: 'filters' }), filter),
    paramControls([
      // Empty fields leave the server's defaults (shown as placeholders) in force.
      { name: 'window', label: 'Within', value: settings.window, placeholder: '1h', size: 10 },
      { name: 'types', label: 'Coordination types', value: settings.types, choices: TYPES },
      { name: 'threshold', label: 'Similarity at least', value: settings.threshold || '', type: 'number', step: '0.05', min: '0', max: '1', placeholder: '0.6' },
      { name: 'maxNodes', label: 'Nodes at most', value: settings.maxNodes || '150', type: 'number', min: '1' },
      { name: 'sizeBy', label: 'Node size', value: sizeBy, options: [['posts', 'by posts'], ['degree', 'by degree']] },
    ]),
    el('div', { class: 'summary' },
      el('div', { class: 'legend' }, TYPES.map(t => el('span', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}` }), t))),
      el('div', { class: 'downloads' }, 'Download: ', download('download-graphml', 'graphml', 'GraphML'), download('download-gexf', 'gexf', 'GEXF'),
        download('download-csv', 'csv', 'CSV (edges)'), download('download-nodes', 'csv-nodes', 'CSV (nodes)'))),
    notice,
    el('div', { class: 'network-layout' }, graph, evidence)));
  fill(graph, loading());
  const net = await getJson('/api/network', query, signal);
  fill(graph);
  fill(notice, net.capped ? `Showing ${formatCount(net.shownNodes)} of ${formatCount(net.totalNodes)} accounts and ${formatCount(net.shownEdges)} of ${formatCount(net.totalEdges)} links: the most connected. Narrow the filter or raise “Nodes at most” to see more.` : '');
  if (!net.nodes.length) { fill(graph, message('empty', 'No coordination found for this filter.')); return; }
  drawGraph(graph, net, sizeBy, (edge, names) => track(showEvidence(evidence, query, edge, names, signal)));
}

function drawGraph(container, net, sizeBy, onEdge) {
  const names = Object.fromEntries(net.nodes.map(n => [n.id, n.name || n.id]));
  const max = Math.max(1, ...net.nodes.map(n => n[sizeBy] || 0));
  const instance = chart(container);
  instance.setOption({
    tooltip: tooltip(p => p.dataType === 'edge'
      ? [`${names[p.data.source]} – ${names[p.data.target]}`, `${p.data.type}, weight ${p.data.weight}`, `${plural(p.data.evidenceCount, 'piece')} of evidence`]
      : [p.data.name, `${p.data.posts} posts, ${p.data.degree} links`]),
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      // Laid out at once rather than animated: a settled picture, and no motion while reading.
      force: { repulsion: 120, edgeLength: [30, 120], gravity: 0.2, layoutAnimation: false },
      label: { show: true, position: 'right', fontSize: 10, color: '#3d4452' },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
      data: net.nodes.map(n => ({ ...n, id: String(n.id), name: names[n.id],
        symbolSize: 6 + 24 * Math.sqrt((n[sizeBy] || 0) / max), itemStyle: { color: '#5c6b80' } })),
      edges: net.edges.map(e => ({ ...e, source: String(e.source), target: String(e.target),
        lineStyle: { color: TYPE_COLOURS[e.type] || PALETTE[4], width: 1 + Math.min(4, Math.log2(1 + e.weight)), opacity: 0.7 } })),
    }],
  });
  instance.on('click', p => {
    if (p.dataType === 'node') navigate(accountUrl(p.data.id));
    else if (p.dataType === 'edge') onEdge(p.data, names);
  });
  // Automation hook, as the timeline's `chorus:range`: dispatching
  // `new CustomEvent('chorus:edge', {detail: {source, target, type}})` on the container opens
  // that edge's evidence exactly as clicking it does; an edge the graph does not show is ignored.
  container.addEventListener('chorus:edge', event => {
    const { source, target, type } = event.detail || {};
    const edge = net.edges.find(e => e.type === type && ((String(e.source) === String(source) && String(e.target) === String(target))
      || (String(e.source) === String(target) && String(e.target) === String(source))));
    if (edge) onEdge({ ...edge, source: String(edge.source), target: String(edge.target) }, names);
  });
}

/** One side of an edge's evidence: the post, by its own account where the API names it. */
function side(post, fallbackAccount, names) {
  const account = post.account || fallbackAccount;
  return { post, account, name: names[account] };
}

async function showEvidence(panel, query, edge, names, signal) {
  fill(panel, loading());
  try {
    const result = await getJson('/api/network/edge', { ...query, source: edge.source, target: edge.target, type: edge.type, edgeWindow: edge.window }, signal);
    fill(panel,
      el('h2', {}, `${names[edge.source] || edge.source} – ${names[edge.target] || edge.target}`),
      el('p', { class: 'muted' }, `${edge.type}${result.window ? ` within ${result.window}` : ''}, ${plural(result.evidenceCount, 'piece')} of evidence`),
      result.evidence.map(ev => evidenceItem({ ...ev, type: result.type,
        left: side(ev.sourcePost, result.source, names), right: side(ev.targetPost, result.target, names) })));
  } catch (e) {
    if (e.name !== 'AbortError') fill(panel, message('error', e.message));
  }
}
