// The active filter as removable chips, shared by every view that takes a filter.

import { el, fill, formatTime } from './dom.js';
import { FILTER_KEYS, MULTI_KEYS, currentParams, navigate, withParams } from './state.js';

const LABELS = { q: 'query', from: 'from', to: 'to', account: 'account', lang: 'language',
  hashtag: 'hashtag', label: 'label', narrative: 'narrative' };

/** The URL with `value` added to the `key` filter (a single-valued key is replaced). */
export function addFilterUrl(key, value) {
  if (!MULTI_KEYS.includes(key)) return withParams({ [key]: value });
  const values = [].concat(currentParams()[key] || []).flatMap(v => v.split(','));
  return withParams({ [key]: values.includes(value) ? values : [...values, value] });
}

function removeFilterUrl(key, value) {
  const values = [].concat(currentParams()[key] || []).flatMap(v => v.split(','));
  return withParams({ [key]: values.filter(v => v !== value) });
}

/**
 * Fills `container` (#filters) with a chip per active filter value. `names` maps account ids
 * to screen names where the view knows them. The query has its own box in search, so it shows
 * as a chip only elsewhere.
 */
export function renderFilters(container, filter, { names = {}, showQuery = true } = {}) {
  const chips = [];
  for (const key of FILTER_KEYS) {
    if (!(key in filter) || (key === 'q' && !showQuery)) continue;
    for (const value of [].concat(filter[key])) {
      const shown = key === 'account' ? (names[value] || value)
        : key === 'from' || key === 'to' ? formatTime(value) : value;
      chips.push(el('span', { class: 'chip filter', dataset: { key, value } },
        el('span', { class: 'chip-key' }, `${LABELS[key]}:`), ` ${shown} `,
        el('button', { type: 'button', class: 'chip-remove', 'aria-label': `remove ${LABELS[key]} ${shown}`,
          on: { click: () => navigate(removeFilterUrl(key, value)) } }, '×')));
    }
  }
  fill(container, chips.length ? chips : el('span', { class: 'muted' }, 'No filter: every post.'));
  return container;
}
