// Sitrep web UI: the search results page and the outlets' framing page. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, everything from the API reaches the page only as text nodes and safe attributes.
'use strict';

window.Sitrep.listPages = (function () {
  const { el, append, clear, articleHref, api } = window.Sitrep;

  // The articles and events that match the query {@code q}.
  async function showSearch(view, params) {
    const q = params.get('q') || '';
    document.getElementById('search-q').value = q;
    clear(view);
    const box = el('section', { id: 'search-results', class: 'search-results' }, el('h2', { text: 'Search: ' + q }));
    append(view, box);
    if (!q) { append(box, el('p', { text: 'Type something to search.' })); return; }
    let data;
    try {
      data = await api('/api/search?q=' + encodeURIComponent(q));
    } catch (e) {
      append(box, el('p', { class: 'error', text: 'Search failed: ' + e.message }));
      return;
    }
    const events = data.events || [];
    const articles = data.articles || [];
    append(box, el('h3', { text: 'Events (' + events.length + ')' }));
    append(box, el('ul', { class: 'tl-list', id: 'search-events' }, events.map(window.Sitrep.timeline.item)));
    append(box, el('h3', { text: 'Articles (' + articles.length + ')' }));
    append(box, el('ul', { class: 'articles', id: 'search-articles' }, articles.map((a) => el('li', null,
      el('a', { href: articleHref(a.doc_id), class: 'article-link' }, el('strong', { text: a.title || a.doc_id || 'untitled' })),
      ' · ', el('span', { class: 'muted', text: a.outlet || 'unknown outlet' }),
      el('div', { class: 'snippet', text: a.snippet || '' })))));
  }

  // Per outlet, the words it uses around each actor.
  async function showFraming(view) {
    clear(view);
    const box = el('section', { id: 'framing', class: 'framing' }, el('h2', { text: 'Framing by outlet' }),
      el('p', { class: 'muted', text: 'The words each outlet uses around each actor.' }));
    append(view, box);
    let data;
    try {
      data = await api('/api/framing');
    } catch (e) {
      append(box, el('p', { class: 'notice', id: 'framing-unavailable',
        text: e.status === 404 ? 'The framing view is not available on this server yet.' : 'Could not load framing: ' + e.message }));
      return;
    }
    const grid = el('div', { class: 'framing-grid' });
    for (const o of data || []) {
      const card = el('section', { class: 'framing-outlet' }, el('h3', null, o.outlet || 'unknown outlet', ' ', el('span', { class: 'muted', text: '(' + (o.articles ?? 0) + ' articles)' })));
      const dl = el('dl');
      for (const [actor, words] of Object.entries(o.words_by_actor || {})) {
        append(dl, el('dt', { text: actor }), el('dd', null, (words || []).map((w) => el('span', { class: 'word', text: w }))));
      }
      append(card, dl);
      append(grid, card);
    }
    if (!grid.firstChild) append(grid, el('p', { text: 'No framing data.' }));
    append(box, grid);
  }

  return { search: showSearch, framing: showFraming };
})();
