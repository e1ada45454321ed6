// Element building. Everything shown here can come from hostile posts, account names or error
// messages, so text only ever enters the page as text nodes: no HTML string is ever parsed.

/**
 * Builds an element. `attrs` sets properties and attributes: `class`, `dataset` (an object),
 * `on` (event name to listener) and anything else as an attribute. Children are nodes or
 * strings (strings become text nodes); null and false children are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) node.addEventListener(type, fn);
    else if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A link inside the workbench; the router turns its click into a history entry. */
export function link(href, text, attrs = {}) {
  return el('a', { ...attrs, href }, text);
}

/**
 * A link out of the workbench, only for http(s) addresses (a `javascript:` or `data:` URL in a
 * post stays text). It opens apart and tells the other site nothing.
 */
export function externalLink(url, text = url) {
  let parsed;
  try { parsed = new URL(url); } catch { return document.createTextNode(text); }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return document.createTextNode(text);
  return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function chip(text, attrs = {}) {
  return el('span', { ...attrs, class: ['chip', attrs.class].filter(Boolean).join(' ') }, text);
}

/** The snippet's segments, matches as <mark>. */
export function snippet(segments) {
  return segments.map(s => s.match ? el('mark', {}, s.text) : document.createTextNode(s.text));
}

export function message(kind, text) {
  return el('p', { class: `message ${kind}` }, text);
}

export const loading = () => message('loading', 'Loading…');

/** Horizontal bars for a `{value, count}` list; `item` may turn a row into a button or link. */
export function barList(items, { label = i => i.name || i.value, wrap = (i, row) => row } = {}) {
  if (!items || items.length === 0) return message('empty', 'none');
  const max = Math.max(...items.map(i => i.count), 1);
  return el('ul', { class: 'bars' }, items.map(i => el('li', {}, wrap(i, [
    el('span', { class: 'bar-label', title: label(i) }, label(i)),
    el('span', { class: 'bar-track' }, el('span', { class: 'bar', style: `width:${(100 * i.count / max).toFixed(1)}%` })),
    el('span', { class: 'bar-count' }, formatCount(i.count)),
  ]))));
}

/** A sparkline of `{time, count}` as plain boxes: cheap enough for one per list row. */
export function sparkline(counts) {
  const max = Math.max(...counts.map(c => c.count), 1);
  return el('span', { class: 'spark', 'aria-hidden': 'true' },
    counts.map(c => el('span', { style: `height:${Math.max(4, 100 * c.count / max).toFixed(0)}%`, title: `${formatTime(c.time)}: ${c.count}` })));
}

const numbers = new Intl.NumberFormat('en');
export const formatCount = n => n === null || n === undefined ? '–' : numbers.format(n);

/** ISO instant as `2019-08-12 03:00 UTC`: investigators compare times across time zones. */
export function formatTime(iso) {
  if (!iso) return '–';
  return String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function formatSeconds(s) {
  if (s === null || s === undefined) return '–';
  const abs = Math.abs(s);
  if (abs < 60) return `${Math.round(s)} s`;
  if (abs < 3600) return `${(s / 60).toFixed(abs < 600 ? 1 : 0)} min`;
  if (abs < 86400) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86400).toFixed(1)} d`;
}

/** `1 post`, `3 posts`: the count formatted, the noun made plural with an s. */
export const plural = (n, noun) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

export const formatShare = x => x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)}%`;
export const formatSimilarity = x => x === null || x === undefined ? '–' : x.toFixed(2);
