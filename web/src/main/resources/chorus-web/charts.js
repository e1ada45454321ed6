// ECharts, loaded as a classic script before the modules run (window.echarts).
//
// ECharts renders tooltips as HTML. Names in the data (accounts, narratives) are hostile, so no
// chart keeps the default tooltip: each gives `lines`, plain strings that are escaped here.
// Labels, legends and axes draw on the canvas and need no escaping.

import { formatTime } from './dom.js';

export const PALETTE = ['#3b6ea5', '#d08c2f', '#4f9a76', '#b5525c', '#7a68a6', '#5c8f9e',
  '#a8865b', '#8c8c3f', '#c46f9a', '#6b7a8f'];

const live = new Set();

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A tooltip whose content is `lines(params)`: strings, each escaped, one per line. */
export function tooltip(lines, options = {}) {
  return {
    confine: true,
    ...options,
    formatter: params => lines(params).map(escapeHtml).join('<br>'),
  };
}

/** A chart in `container`, disposed when the view changes and resized with the window. */
export function chart(container) {
  container.replaceChildren(); // a loading message, say
  const instance = window.echarts.init(container);
  live.add(instance);
  return instance;
}

export function disposeCharts() {
  for (const instance of live) instance.dispose();
  live.clear();
}

window.addEventListener('resize', () => { for (const instance of live) instance.resize(); });

/** Bars over time for `{time, count}` points; the base of the timeline and burst charts. */
export function timeBars(counts, { name = 'posts', color = PALETTE[0] } = {}) {
  return {
    color: [color],
    grid: { left: 48, right: 16, top: 12, bottom: 28 },
    tooltip: tooltip(([p]) => [formatTime(p.value[0]), `${p.value[1]} ${name}`], { trigger: 'axis' }),
    xAxis: { type: 'time' },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eceef2' } } },
    series: [{ type: 'bar', name, data: counts.map(c => [c.time, c.count]), barMaxWidth: 24 }],
  };
}
