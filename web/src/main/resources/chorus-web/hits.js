// Posts as search hits, and paging: shared by search, account and narratives.

import { chip, el, formatCount, formatTime, link, snippet } from './dom.js';
import { navigate, withParams } from './state.js';

export const accountUrl = id => `/account/${encodeURIComponent(id)}`;

/** A link to an account, by screen name when there is one. */
export function accountLink(id, name, attrs = {}) {
  return link(accountUrl(id), name || id, attrs);
}

/** One post: meta line, text (the snippet's matches marked), labels and narratives. */
function hitItem(hit) {
  const segments = hit.snippet && hit.snippet.length ? hit.snippet : [{ text: hit.text || '', match: false }];
  return el('li', { class: 'hit', dataset: { id: hit.id } },
    el('div', { class: 'hit-meta' },
      accountLink(hit.account, hit.screenName, { class: 'hit-account' }),
      el('time', { datetime: hit.time }, formatTime(hit.time)),
      hit.lang ? chip(hit.lang, { class: 'lang' }) : null,
      (hit.labels || []).map(l => chip(l, { class: 'label', title: 'label' })),
      (hit.narratives || []).map(n => chip(n, { class: 'narrative', title: 'narrative' })),
      link(`/copies?post=${encodeURIComponent(hit.id)}`, 'copies', { class: 'hit-copies' })),
    el('p', { class: 'hit-text' }, snippet(segments)));
}

export function hitList(hits, id) {
  return el('ol', { id, class: 'hits' }, hits.map(hitItem));
}

/**
 * Previous/next buttons for `page` of `total` items at `size` a page; `param` is the URL
 * parameter that holds the page. The API refuses to page past 10,000 hits, so neither does this.
 */
export function pager({ page, size, total, param = 'page', ids = ['prev-page', 'next-page'] }) {
  const last = Math.max(1, Math.ceil(Math.min(total, 10_000) / size));
  const go = p => () => navigate(withParams({ [param]: p > 1 ? p : null }, { keepPage: true }));
  return el('nav', { class: 'pager' },
    el('button', { type: 'button', id: ids[0], disabled: page <= 1, on: { click: go(page - 1) } }, '‹ Previous'),
    el('span', { class: 'muted' }, `page ${formatCount(page)} of ${formatCount(last)}`),
    el('button', { type: 'button', id: ids[1], disabled: page >= last, on: { click: go(page + 1) } }, 'Next ›'));
}

/** A positive whole number from a URL parameter, or `fallback`. */
export function pageParam(value, fallback = 1) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
