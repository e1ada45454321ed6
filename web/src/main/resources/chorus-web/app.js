'use strict';
// Placeholder search page: every post field goes in through textContent, never innerHTML.
(function () {
  const view = document.getElementById('view');
  const params = new URLSearchParams(location.search);
  const form = document.createElement('form');
  const q = document.createElement('input');
  q.id = 'q'; q.name = 'q'; q.value = params.get('q') || '';
  form.append(q);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    history.pushState(null, '', '/search?q=' + encodeURIComponent(q.value));
    load();
  });
  const hits = document.createElement('ol');
  hits.id = 'hits';
  view.append(form, hits);
  async function load() {
    const res = await fetch('/api/search' + location.search);
    const body = await res.json();
    hits.replaceChildren();
    if (!res.ok) { const li = document.createElement('li'); li.className = 'error'; li.textContent = body.error; hits.append(li); return; }
    for (const h of body.hits) {
      const li = document.createElement('li');
      li.className = 'hit';
      for (const s of h.snippet) {
        const part = document.createElement(s.match ? 'mark' : 'span');
        part.textContent = s.text;
        li.append(part);
      }
      hits.append(li);
    }
  }
  window.addEventListener('popstate', load);
  load();
})();
