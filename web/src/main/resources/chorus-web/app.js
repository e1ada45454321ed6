// The workbench page: one page for every view. The view and its state come from the URL; links
// inside the workbench become history entries, so Back and bookmarks work.
//
// Browser tests wait on `body[data-ready=true]`: it is "false" while a view loads and "true"
// once its data is shown (or its error).

import { isAbort } from './api.js';
import { disposeCharts } from './charts.js';
import { fill, link } from './dom.js';
import { filterOf, onNavigate, navigate, urlWith } from './state.js';
import * as search from './search.js';
import * as copies from './copies.js';
import * as account from './account.js';
import * as network from './network.js';
import * as narratives from './narratives.js';
import * as annotate from './annotate.js';

const ROUTES = [
  { path: /^\/(search)?$/, view: search, nav: '/search' },
  { path: /^\/copies$/, view: copies, nav: '/copies' },
  { path: /^\/account\/(.+)$/, view: account, nav: null },
  { path: /^\/network$/, view: network, nav: '/network' },
  { path: /^\/narratives$/, view: narratives, nav: '/narratives' },
  { path: /^\/annotate$/, view: annotate, nav: '/annotate' },
];
const NAV = [['/search', 'Search'], ['/copies', 'Copies'], ['/network', 'Network'], ['/narratives', 'Narratives'], ['/annotate', 'Annotate']];

const main = document.getElementById('view');
const errorBox = document.getElementById('error');
let current = null;
let pending = 0;

function setReady(ready) { document.body.dataset.ready = ready ? 'true' : 'false'; }

/** Shows a page-level error (a view's own sections show theirs in place). */
function showError(error) {
  if (isAbort(error)) return;
  fill(errorBox, error ? error.message : '');
  errorBox.hidden = !error;
}

/**
 * Marks the page busy until `promise` settles: for loads inside a view (a cluster's members,
 * an edge's evidence) that change no URL. A load that a navigation cancelled leaves the flag
 * to the newer load.
 */
function track(signal) {
  return async promise => {
    pending++;
    setReady(false);
    try { return await promise; } finally {
      pending--;
      if (!signal.aborted && pending === 0) setReady(true);
    }
  };
}

/** The nav links, each carrying the current filter so a search pivots to the other views. */
function renderNav(filter, active) {
  fill(document.getElementById('views'), NAV.map(([path, text]) =>
    link(urlWith(path, filter), text, { class: path === active ? 'active' : null, 'aria-current': path === active ? 'page' : null })));
}

async function route() {
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  pending = 0;
  setReady(false);
  disposeCharts();
  showError(null);
  const params = new URLSearchParams(location.search);
  const filter = filterOf(params);
  const match = ROUTES.map(r => ({ r, m: location.pathname.match(r.path) })).find(x => x.m);
  renderNav(filter, match ? match.r.nav : null);
  const container = fill(main);
  try {
    if (!match) throw new Error('No such view.');
    document.title = `Chorus · ${match.r.view.title}`;
    await match.r.view.render(container, {
      params, filter, signal: controller.signal, track: track(controller.signal),
      id: match.m[1] && decodeURIComponent(match.m[1]),
    });
  } catch (e) {
    if (isAbort(e) || controller.signal.aborted) return;
    showError(e);
    // Sections still waiting on the failed load have nothing coming.
    for (const spinner of container.querySelectorAll('.message.loading')) spinner.remove();
  }
  if (!controller.signal.aborted && pending === 0) setReady(true);
}

/** Same-origin page links navigate in place; API downloads and other sites load normally. */
document.addEventListener('click', event => {
  const a = event.target.closest('a[href]');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/assets/')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

onNavigate(route);
window.addEventListener('popstate', route);
route();
