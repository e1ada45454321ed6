// Narratives: each narrative's share of the filter's posts over time, their counts, and their
// top posts.

import { getJson } from './api.js';
import { PALETTE, chart, tooltip } from './charts.js';
import { el, fill, formatCount, formatShare, formatTime, link, loading, message } from './dom.js';
import { renderFilters } from './filters.js';
import { urlWith } from './state.js';
import { hitList } from './hits.js';

export const title = 'Narratives';

export async function render(container, { filter, signal }) {
  const searchUrl = name => urlWith('/search', { ...filter, narrative: [name] });
  const notice = el('p', { id: 'narratives-notice', class: 'notice' });
  const graph = el('div', { id: 'narratives-chart', class: 'chart narratives-chart' });
  const body = el('div', {}, loading());
  fill(container, el('section', { class: 'view narratives' },
    el('h1', {}, 'Narratives'),
    renderFilters(el('div', { id: 'filters', class: 'filters' }), filter),
    notice, graph, body));
  const result = await getJson('/api/narratives', { ...filter, bucket: 'auto' }, signal);
  if (result.source === 'none') {
    fill(notice, 'This index has no narrative labels. Label it with ', el('code', {}, 'chorus label --index DIR'),
      ', or start the server with ', el('code', {}, 'chorus serve --index DIR --model FILE'), '.');
    graph.remove();
    fill(body);
    return;
  }
  fill(notice, sampleNote(result));
  if (!result.narratives.length) { graph.remove(); fill(body, message('empty', 'No posts match.')); return; }
  drawShares(graph, result);
  fill(body, countsTable(result.narratives, searchUrl), topPosts(result.top || {}));
}

/** The API samples large filters; the figures are then estimates from the sample. */
function sampleNote(result) {
  if (!result.sampled) return '';
  const n = typeof result.sampled === 'number' ? result.sampled : result.sampleSize;
  return `These figures come from a sample of ${n ? formatCount(n) : 'the'} posts.`;
}

function drawShares(container, result) {
  const totals = new Map(result.totals.map(t => [t.time, t.count]));
  chart(container).setOption({
    color: PALETTE,
    grid: { left: 48, right: 16, top: 40, bottom: 28 },
    legend: { type: 'scroll', top: 4 },
    tooltip: tooltip(points => [formatTime(points[0].value[0]),
      ...points.map(p => `${p.seriesName}: ${formatShare(p.value[1])} (${p.value[2]} posts)`)], { trigger: 'axis' }),
    xAxis: { type: 'time' },
    yAxis: { type: 'value', max: v => Math.min(1, Math.max(v.max, 0.1)), axisLabel: { formatter: v => `${Math.round(v * 100)}%` } },
    series: result.series.map(s => ({
      type: 'line', name: s.narrative, stack: 'share', areaStyle: { opacity: 0.6 }, symbol: 'none', smooth: false,
      data: s.counts.map(c => [c.time, totals.get(c.time) ? c.count / totals.get(c.time) : 0, c.count]),
    })),
  });
}

/** Counts and shares; a narrative's name searches its posts within the filter. */
function countsTable(narratives, searchUrl) {
  return el('div', { class: 'table-wrap panel-gap' }, el('table', { id: 'narratives-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Narrative'), el('th', { class: 'num' }, 'Posts'), el('th', { class: 'num' }, 'Share'))),
    el('tbody', {}, narratives.map(n => el('tr', { dataset: { narrative: n.name } },
      el('td', {}, link(searchUrl(n.name), n.name)),
      el('td', { class: 'num' }, formatCount(n.count)),
      el('td', { class: 'num' }, formatShare(n.share)))))));
}

function topPosts(top) {
  const names = Object.keys(top);
  if (!names.length) return null;
  return el('section', {}, el('h2', {}, 'Top posts'), el('div', { class: 'top-posts' },
    names.map(name => el('div', { class: 'top-narrative' }, el('h3', {}, name), hitList(top[name])))));
}
