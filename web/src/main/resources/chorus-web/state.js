// View state lives in the URL, so every view can be bookmarked, shared and reached with Back.

/** The parameters that choose posts; every view takes them and the nav carries them along. */
export const FILTER_KEYS = ['q', 'from', 'to', 'account', 'lang', 'hashtag', 'label', 'narrative'];
/** Filters that can hold several values (any of them). */
export const MULTI_KEYS = ['account', 'lang', 'hashtag', 'label', 'narrative'];

/** The filter of a URL's parameters, as the API takes them. */
export function filterOf(params) {
  const filter = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).flatMap(v => MULTI_KEYS.includes(key) ? v.split(',') : [v])
      .map(v => v.trim()).filter(Boolean);
    if (values.length) filter[key] = MULTI_KEYS.includes(key) ? values : values[0];
  }
  return filter;
}

/** A URL: path plus parameters, arrays repeated, empty values left out. */
export function urlWith(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of [].concat(value)) if (v !== null && v !== undefined && v !== '') query.append(key, v);
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** The current URL's parameters as an object (repeated keys as arrays), to change and push. */
export function currentParams() {
  const params = new URLSearchParams(location.search);
  const out = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** The current URL with some parameters changed (null removes one); paging starts over. */
export function withParams(changes, { keepPage = false } = {}) {
  const params = { ...currentParams(), ...changes };
  if (!keepPage && !('page' in changes)) delete params.page;
  return urlWith(location.pathname, params);
}

let router = () => {};
export function onNavigate(fn) { router = fn; }

/** Goes to a workbench URL as a new history entry, without reloading the page. */
export function navigate(url) {
  if (url === location.pathname + location.search) return router();
  history.pushState(null, '', url);
  // A new view starts at its top; Back restores the old scroll position itself.
  window.scrollTo(0, 0);
  router();
}
