// Search: a query, the filter as chips, facets that narrow it, a timeline that narrows it in
// time, the hits with their matches marked, and exports of the whole result.

import { ApiError, getJson } from './api.js';
import { barList, el, fill, formatCount, loading, message } from './dom.js';
import { addFilterUrl, renderFilters } from './filters.js';
import { hitList, pageParam, pager } from './hits.js';
import { navigate, urlWith, withParams } from './state.js';
import { renderTimeline } from './timeline.js';

export const title = 'Search';

const SIZE = 20;
const SORTS = [['relevance', 'Relevance'], ['time', 'Oldest first'], ['time-desc', 'Newest first']];
/** Facet lists in the response, and the filter each one adds to. */
const FACETS = [['accounts', 'account', 'Accounts'], ['hashtags', 'hashtag', 'Hashtags'],
  ['languages', 'lang', 'Languages'], ['labels', 'label', 'Labels'], ['narratives', 'narrative', 'Narratives']];

export async function render(container, { params, filter, signal }) {
  const sort = params.get('sort') || 'relevance';
  const page = pageParam(params.get('page'));
  const parts = layout(filter, sort);
  fill(container, parts.root);
  renderFilters(parts.filters, filter, { showQuery: false });
  fill(parts.hits, loading());
  fill(parts.timeline, loading());

  const timeline = getJson('/api/timeline', { ...filter, bucket: 'auto' }, signal).catch(e => e);
  let result;
  try {
    result = await getJson('/api/search', { ...filter, sort, page, size: SIZE }, signal);
  } catch (e) {
    // A query that does not parse is the user's to fix: its message goes under the box.
    if (!(e instanceof ApiError) || e.status !== 400) throw e;
    fill(parts.queryError, e.message);
    parts.queryError.hidden = false;
    fill(parts.hits, message('empty', 'Fix the query to see posts.'));
    parts.timeline.hidden = true;
    return;
  }
  const names = Object.fromEntries((result.facets?.accounts || []).map(a => [a.value, a.name]));
  renderFilters(parts.filters, filter, { names, showQuery: false });
  fill(parts.total, `${formatCount(result.total)} posts`, el('span', { class: 'muted' }, ` · ${Math.round(result.millis)} ms`));
  renderFacets(parts.facets, result.facets, filter);
  if (result.total === 0) {
    fill(parts.hits, message('empty', 'No posts match.'));
  } else {
    fill(parts.hits, hitList(result.hits, 'hits'), pager({ page, size: SIZE, total: result.total }));
  }
  // Before /api/timeline answers, or if it cannot, the search's posts per day stand in.
  const counts = await timeline;
  if (signal.aborted) return;
  const points = counts instanceof Error ? (result.perDay || []).map(d => ({ time: `${d.day}T00:00:00Z`, count: d.count })) : counts.counts;
  if (points.length === 0) fill(parts.timeline, message('empty', 'No posts in time.'));
  else renderTimeline(parts.timeline, points, (from, to) => navigate(withParams({ from, to })));
}

function layout(filter, sort) {
  const q = el('input', { id: 'q', name: 'q', type: 'search', value: filter.q || '', placeholder: 'police AND lang:en, "fake news", #HongKong …', 'aria-label': 'Query', autocomplete: 'off', spellcheck: 'false' });
  const sortSelect = el('select', { name: 'sort', 'aria-label': 'Sort' },
    SORTS.map(([value, text]) => el('option', { value, selected: value === sort }, text)));
  const queryError = el('p', { id: 'query-error', class: 'query-error', role: 'alert', hidden: true });
  const form = el('form', { id: 'search-form', class: 'search-form', role: 'search', on: {
    submit: event => {
      event.preventDefault();
      navigate(withParams({ q: q.value.trim() || null, sort: sortSelect.value === 'relevance' ? null : sortSelect.value }));
    },
  } }, q, sortSelect, el('button', { id: 'search-go', type: 'submit', class: 'primary' }, 'Search'));
  sortSelect.addEventListener('change', () => form.requestSubmit());

  const exportLink = (id, format, text) => el('a', { id, class: 'button', href: urlWith('/api/export', { ...filter, sort, format }), download: true }, text);
  const parts = {
    queryError,
    filters: el('div', { id: 'filters', class: 'filters' }),
    total: el('div', { id: 'total', class: 'total' }),
    timeline: el('div', { id: 'timeline', class: 'chart timeline' }),
    facets: el('aside', { id: 'facets', class: 'facets' }),
    hits: el('div', { class: 'results' }),
  };
  parts.root = el('section', { class: 'view search' },
    form, queryError, parts.filters,
    el('div', { class: 'summary' }, parts.total, el('span', { class: 'exports' }, 'Export: ',
      exportLink('export-csv', 'csv', 'CSV'), exportLink('export-jsonl', 'jsonl', 'JSON Lines'))),
    parts.timeline,
    el('div', { class: 'columns' }, parts.facets, parts.hits));
  return parts;
}

/** Facet values as buttons that add to the filter; values already in it are marked. */
function renderFacets(container, facets = {}, filter = {}) {
  fill(container, FACETS.map(([field, key, heading]) => el('section', { class: 'facet-group' },
    el('h3', {}, heading),
    barList(facets[field], {
      wrap: (item, row) => el('button', { type: 'button', class: [].concat(filter[key] || []).includes(item.value) ? 'facet active' : 'facet',
        dataset: { facet: key, value: item.value },
        title: `Only posts with ${key} ${item.name || item.value}`,
        on: { click: () => navigate(addFilterUrl(key, item.value)) } }, row),
    }))));
}
