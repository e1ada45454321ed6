// Copies: one post's copies (`?post=ID`), or the copy-paste clusters of the current filter with
// the selected cluster's members (`?cluster=ID`).

import { getJson } from './api.js';
import { chart, timeBars } from './charts.js';
import { el, externalLink, fill, formatCount, formatSeconds, formatSimilarity, formatTime, loading, message, plural, sparkline } from './dom.js';
import { paramControls, renderFilters } from './filters.js';
import { accountLink, pageParam, pager } from './hits.js';
import { navigate, withParams } from './state.js';

export const title = 'Copies';

const CLUSTER_PARAMS = ['threshold', 'minAccounts', 'window'];

export function render(container, context) {
  return context.params.get('post') ? renderPost(container, context) : renderClusters(container, context);
}

/** A table of posts with their account, time, similarity and text; `rowClass` for the tests' hooks. */
function postTable(id, rows, rowClass) {
  return el('div', { class: 'table-wrap' }, el('table', { id },
    el('thead', {}, el('tr', {}, el('th', {}, 'Account'), el('th', {}, 'Time'), el('th', { class: 'num' }, 'Similarity'), el('th', {}, 'Text'))),
    el('tbody', {}, rows.map(r => el('tr', { class: rowClass, dataset: { id: r.id } },
      el('td', {}, accountLink(r.account, r.screenName)),
      el('td', { class: 'time' }, formatTime(r.time)),
      el('td', { class: 'num' }, formatSimilarity(r.similarity)),
      el('td', { class: 'text' }, r.text || ''))))));
}

async function renderPost(container, { params, signal }) {
  const id = params.get('post');
  const threshold = params.get('threshold');
  const body = el('div', {}, loading());
  fill(container, el('section', { class: 'view copies' },
    el('h1', {}, 'Copies of a post'),
    paramControls([{ name: 'threshold', label: 'Similarity at least', value: threshold, type: 'number', step: '0.05', min: '0', max: '1', placeholder: '0.6' }]),
    body));
  const result = await getJson(`/api/posts/${encodeURIComponent(id)}/copies`, { threshold, limit: 50 }, signal);
  const post = result.post || {};
  fill(body,
    el('div', { class: 'post-card' },
      el('div', { class: 'hit-meta' }, post.account ? accountLink(post.account, post.screenName) : null, formatTime(post.time)),
      el('p', { class: 'post-text' }, post.text || ''),
      post.urls?.length ? el('p', { class: 'urls' }, post.urls.map(u => [externalLink(u), ' '])) : null),
    el('p', {}, `${formatCount(result.total)} copies by ${formatCount(result.accounts)} accounts`),
    result.copies.length ? postTable('copies', result.copies, 'copy') : message('empty', 'No copies at this similarity.'));
}

async function renderClusters(container, { params, filter, signal, track }) {
  const settings = Object.fromEntries(CLUSTER_PARAMS.map(k => [k, params.get(k)]).filter(([, v]) => v));
  const page = pageParam(params.get('page'));
  const selected = params.get('cluster');
  const list = el('div', {}, loading());
  const members = el('div', { id: 'members', class: 'members' });
  fill(container, el('section', { class: 'view copies' },
    el('h1', {}, 'Copy-paste clusters'),
    renderFilters(el('div', { id: 'filters', class: 'filters' }), filter),
    paramControls([
      // Empty fields leave the server's defaults (shown as placeholders) in force.
      { name: 'threshold', label: 'Similarity at least', value: settings.threshold, type: 'number', step: '0.05', min: '0', max: '1', placeholder: '0.6' },
      { name: 'minAccounts', label: 'Accounts at least', value: settings.minAccounts, type: 'number', min: '1', placeholder: '2' },
      { name: 'window', label: 'Within', value: settings.window, placeholder: 'none, 30m, 2h' , size: 10 },
    ]),
    el('div', { class: 'split' }, list, members)));
  const result = await getJson('/api/clusters', { ...filter, ...settings, page, size: 20 }, signal);
  fill(list,
    el('p', { class: 'muted' }, `${formatCount(result.total)} clusters in ${formatCount(result.postsScanned)} posts`),
    result.clusters.length === 0 ? message('empty', 'No copy-paste clusters for this filter.')
      : el('ul', { id: 'clusters', class: 'clusters' }, result.clusters.map(c => clusterItem(c, String(c.id) === selected))),
    pager({ page, size: result.size || 20, total: result.total }));
  if (selected) {
    await track(renderMembers(members, selected, { ...filter, ...settings }, pageParam(params.get('mpage')), signal));
  } else {
    fill(members, message('empty', 'Choose a cluster to see its posts.'));
  }
}

function clusterItem(c, selected) {
  const open = () => navigate(withParams({ cluster: c.id, mpage: null }, { keepPage: true }));
  return el('li', { class: `cluster${selected ? ' selected' : ''}`, tabindex: '0', dataset: { id: c.id },
    on: { click: open, keydown: e => { if (e.key === 'Enter') open(); } } },
    el('p', { class: 'cluster-text' }, c.representative || ''),
    sparkline(c.burst || []),
    el('div', { class: 'cluster-facts' },
      el('span', {}, el('b', {}, formatCount(c.size)), ' posts'),
      el('span', {}, el('b', {}, formatCount(c.accounts)), ' accounts'),
      el('span', {}, `${formatTime(c.first)} · over ${formatSeconds(c.spanSeconds)}`),
      el('span', {}, 'top: ', (c.topAccounts || []).slice(0, 3).flatMap((a, i) => [i ? ', ' : '', `${a.name || a.value} (${a.count})`]))));
}

async function renderMembers(container, id, settings, page, signal) {
  fill(container, loading());
  const result = await getJson(`/api/clusters/${encodeURIComponent(id)}`, { ...settings, page, size: 50 }, signal);
  const burst = el('div', { class: 'chart burst' });
  fill(container,
    el('h2', {}, `Cluster of ${plural(result.total, 'post')}`),
    el('p', { class: 'post-card post-text' }, result.cluster?.representative || ''),
    burst,
    postTable('member-table', result.members, 'member'),
    pager({ page, size: 50, total: result.total, param: 'mpage', ids: ['members-prev', 'members-next'] }));
  if (result.cluster?.burst?.length) chart(burst).setOption(timeBars(result.cluster.burst));
  else burst.remove();
}
