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

/**
 * A row of inputs for a view's own URL parameters (threshold, window, …). `fields` are
 * `{name, label, value, type?, options?, choices?, step?}`: `options` makes a select, `choices`
 * a set of checkboxes whose ticked values join with commas. Applying writes them to the URL.
 */
export function paramControls(fields) {
  const readers = [];
  const controls = fields.map(f => {
    if (f.choices) {
      const ticked = new Set(String(f.value || '').split(',').filter(Boolean));
      const boxes = f.choices.map(c => el('input', { type: 'checkbox', name: f.name, value: c, checked: ticked.size === 0 || ticked.has(c) }));
      readers.push([f.name, () => boxes.filter(b => b.checked).map(b => b.value).join(',')]);
      return el('fieldset', {}, el('legend', {}, f.label), f.choices.map((c, i) => el('label', { class: 'check' }, boxes[i], c)));
    }
    const input = f.options
      ? el('select', { name: f.name }, f.options.map(([value, text]) => el('option', { value, selected: String(f.value) === String(value) }, text)))
      : el('input', { name: f.name, type: f.type || 'text', value: f.value ?? '', step: f.step, min: f.min, max: f.max, placeholder: f.placeholder, size: f.size || 6 });
    readers.push([f.name, () => input.value.trim()]);
    return el('label', {}, f.label, input);
  });
  const form = el('form', { class: 'controls', on: { submit: event => {
    event.preventDefault();
    navigate(withParams(Object.fromEntries(readers.map(([name, read]) => [name, read() || null]))));
  } } }, controls, el('button', { type: 'submit' }, 'Apply'));
  // A choice from a list or a box applies at once; typed values wait for Apply or Enter.
  form.addEventListener('change', event => { if (event.target.type === 'checkbox' || event.target.tagName === 'SELECT') form.requestSubmit(); });
  return form;
}
