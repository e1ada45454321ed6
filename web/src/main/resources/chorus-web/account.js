// One account: what it posts, when (hour × weekday in a chosen UTC offset), its posts, and the
// accounts it is most coordinated with, with the evidence.

import { getJson } from './api.js';
import { chart, timeBars, tooltip } from './charts.js';
import { barList, chip, el, fill, formatCount, formatShare, formatTime, link, loading, message, plural } from './dom.js';
import { evidenceItem } from './evidence.js';
import { accountLink, hitList, pageParam, pager } from './hits.js';
import { navigate, urlWith, withParams } from './state.js';

export const title = 'Account';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** UTC offsets from -12:00 to +14:00 by the hour, plus the half hours in common use. */
const OFFSETS = [...Array.from({ length: 27 }, (_, i) => i - 12).map(h => `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`),
  '+05:30', '+09:30', '-03:30'].sort((a, b) => minutes(a) - minutes(b));
const POSTS_SIZE = 20;

function minutes(offset) {
  const [h, m] = offset.slice(1).split(':').map(Number);
  return (offset[0] === '-' ? -1 : 1) * (h * 60 + m);
}

export async function render(container, { id, params, signal, track }) {
  const offset = params.get('offset') || '+00:00';
  const page = pageParam(params.get('page'));
  const parts = {
    head: el('div', { class: 'account-head' }, loading()),
    mix: el('div', { class: 'mix' }),
    activity: el('div', { class: 'chart activity' }),
    heatmap: el('div', { id: 'heatmap', class: 'chart heatmap' }),
    posts: el('div', {}, loading()),
    partners: el('div', {}, loading()),
  };
  const offsetSelect = el('select', { id: 'offset', 'aria-label': 'UTC offset', on: { change: e => navigate(withParams({ offset: e.target.value === '+00:00' ? null : e.target.value }, { keepPage: true })) } },
    OFFSETS.map(o => el('option', { value: o, selected: o === offset }, o === '+00:00' ? 'UTC' : `UTC${o}`)));
  fill(container, el('section', { class: 'view account' },
    parts.head,
    el('div', { class: 'panel' }, parts.mix),
    el('div', { class: 'panel' }, el('div', { class: 'summary' }, el('h2', {}, 'When it posts'), el('label', { class: 'muted' }, 'Time zone ', offsetSelect)),
      parts.activity, parts.heatmap),
    el('div', { class: 'split' },
      el('div', {}, el('h2', {}, 'Posts'), parts.posts),
      el('div', {}, el('h2', {}, 'Most coordinated with'), parts.partners))));

  // The posts and partners load alongside the profile; each shows its own error in place.
  const posts = track(renderPosts(parts.posts, id, page, signal));
  const partners = track(renderPartners(parts.partners, id, signal));
  let account;
  try {
    account = await getJson(`/api/accounts/${encodeURIComponent(id)}`, { offset }, signal);
  } catch (e) {
    // No such account: the page's error says so, without empty panels beneath it.
    if (e.name !== 'AbortError') container.replaceChildren();
    throw e;
  }
  renderHead(parts.head, account);
  renderMix(parts.mix, account);
  renderHeatmap(parts.heatmap, account.heatmap);
  if (account.perDay?.length) chart(parts.activity).setOption(timeBars(account.perDay.map(d => ({ time: `${d.day}T00:00:00Z`, count: d.count }))));
  else parts.activity.remove();
  await Promise.all([posts, partners]);
}

/** Runs a section's load, showing its failure in the section instead of failing the page. */
async function section(container, load) {
  try { await load(); } catch (e) {
    if (e.name === 'AbortError') return;
    fill(container, message('error', e.message));
  }
}

function renderHead(container, a) {
  fill(container,
    el('h1', { id: 'account-name' }, a.name || a.id),
    el('div', { class: 'stats' },
      el('span', {}, el('b', { id: 'account-posts' }, formatCount(a.posts)), ' posts'),
      el('span', {}, 'first ', el('b', {}, formatTime(a.first))),
      el('span', {}, 'last ', el('b', {}, formatTime(a.last))),
      a.workWeekShare !== undefined && a.workWeekShare !== null ? el('span', {}, el('b', {}, formatShare(a.workWeekShare)), ' in office hours (Mon–Fri 09–18 at the offset)') : null,
      el('span', { class: 'muted' }, `id ${a.id}`)));
}

/** What the account posts in; each value searches the account's posts with it. */
function renderMix(container, a) {
  const group = (heading, key, items) => el('section', {}, el('h3', {}, heading), barList((items || []).slice(0, 8), {
    wrap: (item, row) => link(urlWith('/search', { account: a.id, [key]: item.value, sort: 'time-desc' }), row, { class: 'mix-item' }),
  }));
  fill(container, group('Languages', 'lang', a.languages), group('Narratives', 'narrative', a.narratives),
    group('Labels', 'label', a.labels), group('Hashtags', 'hashtag', a.hashtags));
}

function renderHeatmap(container, heatmap) {
  if (!heatmap || !heatmap.cells) { fill(container, message('empty', 'No posting times.')); return; }
  const hours = Array.from({ length: 24 }, (_, h) => String(h));
  chart(container).setOption({
    grid: { left: 48, right: 16, top: 8, bottom: 64 },
    tooltip: tooltip(p => [`${WEEKDAYS[p.value[1]]} ${p.value[0]}:00–${p.value[0]}:59`, `${p.value[2]} posts`]),
    xAxis: { type: 'category', data: hours, splitArea: { show: true } },
    yAxis: { type: 'category', data: WEEKDAYS, inverse: true, splitArea: { show: true } },
    visualMap: { min: 0, max: Math.max(1, heatmap.max || 0), calculable: false, text: ['more', 'fewer'], textStyle: { color: '#6b7280' }, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, inRange: { color: ['#f3f6fa', '#8fb3d9', '#1f4e7a'] } },
    series: [{ type: 'heatmap', data: heatmap.cells.map(c => [c.hour, c.weekday - 1, c.count]) }],
  });
}

function renderPosts(container, id, page, signal) {
  return section(container, async () => {
    const result = await getJson('/api/search', { account: id, sort: 'time-desc', page, size: POSTS_SIZE, facets: false }, signal);
    fill(container, result.total === 0 ? message('empty', 'No posts.')
      : [hitList(result.hits, 'account-hits'), pager({ page, size: POSTS_SIZE, total: result.total })]);
  });
}

function renderPartners(container, id, signal) {
  return section(container, async () => {
    const result = await getJson(`/api/accounts/${encodeURIComponent(id)}/partners`, { limit: 20 }, signal);
    if (!result.partners.length) { fill(container, message('empty', 'No coordinated partners found.')); return; }
    fill(container, el('ul', { id: 'partners', class: 'partners' }, result.partners.map(p => el('li', {},
      // <details> expands without script; the evidence is already in the response.
      el('details', { class: 'partner', dataset: { account: p.account } },
        el('summary', {}, accountLink(p.account, p.name), el('span', { class: 'muted' }, `weight ${formatCount(p.weight)}`),
          (p.types || []).map(t => chip(t, { class: 'type' })), el('span', { class: 'muted' }, `${plural((p.evidence || []).length, 'piece')} of evidence`)),
        (p.evidence || []).map(ev => evidenceItem({
          ...ev,
          left: { post: ev.post, account: id },
          right: { post: ev.partnerPost, account: ev.partnerPost.account || p.account, name: p.name },
        })))))));
  });
}
