// The timeline: posts over time for the current filter. Brushing a range on it narrows the
// filter's from/to to that range.

import { chart, timeBars } from './charts.js';

/** An ECharts time-axis value (milliseconds) as an ISO instant to the second, as the API takes. */
const instant = ms => new Date(Math.round(ms)).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Draws `counts` in `container` and calls `onRange(from, to)` (ISO instants) when the user
 * brushes a range.
 *
 * Automation hook: dispatching `new CustomEvent('chorus:range', {detail: {from, to}})` on the
 * container applies a range exactly as a brush does; browser tests use it because dragging on
 * a canvas is brittle. `from` and `to` are ISO instants or anything `Date` parses.
 */
export function renderTimeline(container, counts, onRange) {
  const instance = chart(container);
  instance.setOption({
    ...timeBars(counts),
    toolbox: { right: 8, top: 0, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'Select a time range', clear: 'Clear selection' } } } },
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', brushStyle: { color: 'rgba(59,110,165,.15)', borderColor: '#3b6ea5' } },
  });
  // The brush is on from the start: dragging across the chart selects a range.
  instance.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  instance.on('brushEnd', event => {
    const area = event.areas && event.areas[0];
    if (!area || !area.coordRange) return;
    const [from, to] = area.coordRange;
    if (to > from) onRange(instant(from), instant(to));
  });
  container.addEventListener('chorus:range', event => {
    const from = Date.parse(event.detail.from);
    const to = Date.parse(event.detail.to);
    if (Number.isFinite(from) && Number.isFinite(to) && to > from) onRange(instant(from), instant(to));
  });
  return instance;
}
