// Evidence of coordination: two posts side by side, with how far apart and how alike they are.
// Shared by the account view's partners and the network's edge panel.

import { el, formatSeconds, formatSimilarity, formatTime, link } from './dom.js';
import { accountLink } from './hits.js';

function postCard(post, accountId, accountName) {
  return el('div', { class: 'evidence-post' },
    el('div', { class: 'hit-meta' },
      accountId ? accountLink(accountId, accountName) : null,
      el('time', { datetime: post.time }, formatTime(post.time)),
      post.id ? link(`/copies?post=${encodeURIComponent(post.id)}`, 'copies') : null),
    el('p', { class: 'post-text' }, post.text || ''));
}

/**
 * One piece of evidence. `left` and `right` are `{post, account, name}`; the facts line says
 * what links them (shared item, time gap, similarity, type) where the API gave it.
 */
export function evidenceItem({ left, right, type, shared, gapSeconds, similarity }) {
  const facts = [
    type ? `type ${type}` : null,
    gapSeconds !== undefined && gapSeconds !== null ? `${formatSeconds(gapSeconds)} apart` : null,
    similarity !== undefined && similarity !== null ? `similarity ${formatSimilarity(similarity)}` : null,
    shared ? `shared: ${shared}` : null,
  ].filter(Boolean).join(' · ');
  return el('div', { class: 'evidence' },
    el('div', { class: 'evidence-facts' }, facts),
    el('div', { class: 'evidence-pair' },
      postCard(left.post, left.account, left.name),
      postCard(right.post, right.account, right.name)));
}
