// Annotate: the posts the current model is least sure of, labelled one key at a time. Keys 1-9
// toggle the narratives of the post in focus, n answers "none applies", Enter saves the post's
// answer and moves on. A finished batch retrains the model and shows its cross-validated
// figures; a button labels the whole index with it. Only a workbench started with
// `chorus serve --annotate --labels FILE` accepts these writes.

import { getJson, postJson } from './api.js';
import { el, fill, formatCount, loading, message } from './dom.js';

export const title = 'Annotate';

const BATCH = 10;

export async function render(container, { signal, track }) {
  const status = el('p', { id: 'annotate-status', class: 'notice' });
  const keys = el('div', { id: 'annotate-keys', class: 'annotate-keys' });
  const list = el('ol', { id: 'annotate-posts', class: 'annotate-posts' }, loading());
  const metrics = el('div', { id: 'annotate-metrics', class: 'annotate-metrics' });
  const newName = el('input', { id: 'annotate-new-narrative', type: 'text', placeholder: 'new narrative name', 'aria-label': 'New narrative name' });
  const add = el('button', { id: 'annotate-add', type: 'button' }, 'Add narrative');
  const retrain = el('button', { id: 'annotate-train', type: 'button' }, 'Retrain now');
  const labelIndex = el('button', { id: 'annotate-label-index', type: 'button' }, 'Label the whole index with this model');
  const indexResult = el('p', { id: 'annotate-index-result', class: 'notice' });
  fill(container, el('section', { class: 'view annotate' },
    el('h1', {}, 'Annotate'),
    el('p', { class: 'help' }, 'Keys 1–9 toggle a narrative for the highlighted post, n means none applies, Enter saves and moves on.'),
    status, keys, el('div', { class: 'annotate-add' }, newName, add), list,
    el('div', { class: 'annotate-actions' }, retrain, labelIndex), indexResult, metrics));

  const session = await getJson('/api/annotate/session', {}, signal);
  const state = { narratives: [], posts: [], focus: 0, chosen: new Map(), done: 0 };

  const drawKeys = () => fill(keys, state.narratives.length
    ? state.narratives.map((n, i) => el('span', { class: 'key', dataset: { narrative: n } }, el('kbd', {}, String(i + 1)), ' ', n))
    : message('empty', 'No narrative yet: add one, or seed one with chorus narratives seed.'));

  const drawPosts = () => {
    if (!state.posts.length) { fill(list, message('empty', 'Nothing to propose.')); return; }
    fill(list, state.posts.map((p, i) => {
      const picked = state.chosen.get(p.id) || new Set();
      return el('li', {
        class: ['annotate-post', i === state.focus ? 'focus' : '', p.saved ? 'saved' : ''].filter(Boolean).join(' '),
        dataset: { id: p.id, labels: [...picked].join(',') },
        on: { click: () => { state.focus = i; drawPosts(); } },
      },
      el('div', { class: 'annotate-meta' }, p.screen_name ? `@${p.screen_name}` : p.account, p.lang ? ` · ${p.lang}` : '',
        ` · model: ${p.predicted.length ? p.predicted.join(', ') : 'none'} · uncertainty ${p.uncertainty.toFixed(2)}`),
      el('div', { class: 'annotate-text' }, p.text),
      el('div', { class: 'annotate-chosen' }, p.saved ? `saved: ${p.savedLabels.length ? p.savedLabels.join(', ') : 'none'}` : [...picked].join(', ')));
    }));
    const focus = list.querySelector('.annotate-post.focus');
    if (focus && focus.scrollIntoView) focus.scrollIntoView({ block: 'nearest' });
  };

  const drawMetrics = trained => {
    const cv = trained.cross_validation;
    const rows = cv ? Object.entries(cv.classes).map(([label, c]) => el('tr', { dataset: { label } },
      el('td', {}, label), el('td', { class: 'num' }, c.precision.toFixed(3)), el('td', { class: 'num' }, c.recall.toFixed(3)),
      el('td', { class: 'num' }, c.f1.toFixed(3)), el('td', { class: 'num' }, formatCount(c.support)))) : [];
    fill(metrics, el('h2', {}, 'Model after the last retrain'),
      el('p', { id: 'annotate-macro-f1' }, cv
        ? `Cross-validated macro-F1 ${cv.macroF1.toFixed(3)} (95% CI ${cv.macroF1Low95.toFixed(3)}–${cv.macroF1High95.toFixed(3)}), ${cv.validation}; trained on ${formatCount(trained.posts)} posts.`
        : `Trained on ${formatCount(trained.posts)} posts; not cross-validated${trained.note ? `: ${trained.note}` : ''}.`),
      cv ? el('table', { id: 'annotate-classes' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Label'), el('th', { class: 'num' }, 'Precision'), el('th', { class: 'num' }, 'Recall'), el('th', { class: 'num' }, 'F1'), el('th', { class: 'num' }, 'Posts'))),
        el('tbody', {}, rows)) : null);
  };

  const load = async () => {
    fill(list, loading());
    const r = await getJson('/api/annotate/next', { n: BATCH }, signal);
    for (const n of r.narratives) if (!state.narratives.includes(n)) state.narratives.push(n);
    state.posts = r.proposals.map(p => ({ ...p }));
    state.focus = 0;
    state.chosen = new Map();
    fill(status, `${formatCount(r.human_labelled)} posts labelled by people, ${formatCount(r.seed_labelled)} by seed queries only; `
      + `${formatCount(r.scored)} posts scored.${r.note ? ` ${r.note}.` : ''}`);
    drawKeys();
    drawPosts();
  };

  const doRetrain = async () => {
    fill(metrics, loading());
    try {
      drawMetrics(await postJson('/api/annotate/train', {}, session.token, signal));
    } catch (e) {
      fill(metrics, message('error', e.message));
    }
  };

  const save = async () => {
    const p = state.posts[state.focus];
    if (!p || p.saved) return;
    const labels = [...(state.chosen.get(p.id) || [])];
    await postJson('/api/annotate/answers', { annotator: 'workbench', answers: [{ id: p.id, labels }] }, session.token, signal);
    p.saved = true;
    p.savedLabels = labels;
    state.done++;
    const next = state.posts.findIndex(x => !x.saved);
    if (next < 0) {
      await doRetrain();
      await load();
      return;
    }
    state.focus = next;
    drawPosts();
  };

  const onKey = event => {
    if (!document.body.contains(list)) { document.removeEventListener('keydown', onKey); return; }
    if (event.target instanceof HTMLInputElement || event.metaKey || event.ctrlKey || event.altKey) return;
    const p = state.posts[state.focus];
    if (!p) return;
    if (/^[1-9]$/.test(event.key)) {
      const name = state.narratives[Number(event.key) - 1];
      if (!name || p.saved) return;
      const set = state.chosen.get(p.id) || new Set();
      if (set.has(name)) set.delete(name); else set.add(name);
      state.chosen.set(p.id, set);
      drawPosts();
      event.preventDefault();
    } else if (event.key === 'n' || event.key === 'N') {
      if (p.saved) return;
      state.chosen.set(p.id, new Set());
      event.preventDefault();
      track(save().catch(e => fill(status, e.message)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      track(save().catch(e => fill(status, e.message)));
    }
  };
  document.addEventListener('keydown', onKey);
  signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));

  add.addEventListener('click', () => {
    const name = newName.value.trim();
    if (name && !state.narratives.includes(name)) state.narratives.push(name);
    newName.value = '';
    drawKeys();
  });
  retrain.addEventListener('click', () => track(doRetrain()));
  labelIndex.addEventListener('click', () => track((async () => {
    fill(indexResult, 'Labelling the index…');
    try {
      const r = await postJson('/api/annotate/label-index', {}, session.token, signal);
      fill(indexResult, `${formatCount(r.posts)} posts labelled: `
        + Object.entries(r.labels).map(([k, v]) => `${k} ${formatCount(v)}`).join(', ')
        + `, none ${formatCount(r.none)}. ${r.note}.`);
    } catch (e) {
      fill(indexResult, message('error', e.message));
    }
  })()));

  await load();
}
