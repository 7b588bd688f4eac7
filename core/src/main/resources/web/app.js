// Sitrep web UI. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: every string that comes from the API (article text, sentences, outlet names,
// actor names, places, titles, snippets, error messages) is put into the page ONLY through
// textContent / document.createTextNode / setAttribute on safe attributes (class, title,
// href built from a fixed "#/..." prefix plus encodeURIComponent). innerHTML, outerHTML,
// insertAdjacentHTML and document.write are never used with data. Leaflet tooltips are given
// DOM elements, never HTML strings. Keep it that way: see docs/ui.md.
'use strict';

(function () {
  const { el, append, clear, eventHref, articleHref, api, countPhrase, countsText, placeText, actorText, deniedText, dateText,
    statusBadge, located, keyTerms, highlighted } = window.Sitrep;
  const view = document.getElementById('view');
  const filtersForm = document.getElementById('filters');
  const FILTER_KEYS = ['region', 'from', 'to', 'type', 'sub_type', 'actor', 'status', 'outlet'];

  function currentFilters() {
    const f = {};
    const data = new FormData(filtersForm);
    for (const k of FILTER_KEYS) {
      const v = (data.get(k) || '').toString().trim();
      if (v) f[k] = v;
    }
    return f;
  }
  function setFilters(params) {
    for (const k of FILTER_KEYS) filtersForm.elements[k].value = params.get(k) || '';
  }
  function query(f) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
    return p.toString();
  }
  function withQuery(path, f) { const q = query(f); return path + (q ? '?' + q : ''); }

  // ---- overview: map, time histogram, charts and timeline for the current filters ----
  async function showOverview(params) {
    setFilters(params);
    const f = currentFilters();
    const mapBox = el('div', { id: 'map', class: 'map', role: 'region', 'aria-label': 'Map of events' });
    const exports = el('p', { class: 'exports', id: 'exports' }, el('span', { class: 'muted', text: 'Export these events:' }),
      el('a', { id: 'export-csv', href: withQuery('/api/export.csv', f), download: 'events.csv', text: 'CSV' }),
      el('a', { id: 'export-jsonl', href: withQuery('/api/export.jsonl', f), download: 'events.jsonl', text: 'JSONL' }),
      el('a', { id: 'export-geojson', href: withQuery('/api/export.geojson', f), download: 'events.geojson', text: 'GeoJSON' }),
      el('span', { class: 'muted', text: ' · Pages:' }),
      el('a', { id: 'page-timeline', href: withQuery('#/timeline', f), text: 'Timeline' }),
      el('a', { id: 'page-sitrep', href: withQuery('#/sitrep', f), text: 'Situation report' }));
    const timeline = el('section', { id: 'timeline', class: 'timeline', 'aria-label': 'Timeline' }, el('p', { class: 'muted', text: 'Loading events…' }));
    const below = el('div', { id: 'overview-charts' });
    clear(view);
    append(view, el('div', { class: 'overview' },
      el('section', { class: 'map-col' }, el('h2', { text: 'Map' }), mapBox, exports, below),
      el('section', { class: 'timeline-col' }, el('h2', { text: 'Timeline' }), timeline)));
    window.Sitrep.map.init(mapBox);
    let data;
    try {
      data = await api('/api/events?' + query(Object.assign({ limit: 1000 }, f)));
    } catch (e) {
      clear(timeline);
      append(timeline, el('p', { class: 'error', text: 'Could not load events: ' + e.message }));
      return;
    }
    const events = data.events || [];
    renderTimeline(timeline, events, data.total);
    window.Sitrep.map.render(events);
    const charts = window.Sitrep.charts;
    append(below, charts.histogram(events, f, (from, to) => {
      location.hash = withQuery('#/', Object.assign({}, f, { from, to }));
    }), el('div', { class: 'charts' }, charts.byType(events), charts.fatalitiesOverTime(events)));
  }

  function renderTimeline(box, events, total) {
    clear(box);
    const dated = events.filter((e) => e.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : String(a.id).localeCompare(String(b.id))));
    const undated = events.filter((e) => !e.date);
    append(box, el('p', { class: 'muted', id: 'event-total', text: (total ?? events.length) + ' events' + (total > events.length ? ' (showing ' + events.length + ')' : '') }));
    if (!events.length) append(box, el('p', { text: 'No events match these filters.' }));
    let lastDate = null;
    const list = el('ol', { class: 'tl-list', id: 'timeline-dated' });
    for (const ev of dated) {
      if (ev.date !== lastDate) {
        list.appendChild(el('li', { class: 'tl-date', text: ev.date }));
        lastDate = ev.date;
      }
      list.appendChild(timelineItem(ev));
    }
    append(box, list);
    if (undated.length) {
      append(box, el('h3', { text: 'Undated' }));
      append(box, el('ul', { class: 'tl-list', id: 'timeline-undated' }, undated.map(timelineItem)));
    }
  }

  function timelineItem(ev) {
    return el('li', { class: 'tl-item', 'data-event-id': ev.id },
      el('a', { href: eventHref(ev.id), class: 'tl-link' },
        el('span', { class: 'tl-when', text: dateText(ev) }), ' ',
        el('strong', { text: ev.sub_event_type || ev.event_type || 'Event' }), ' — ',
        el('span', { text: placeText(ev.location) || 'unknown place' })),
      ' ', statusBadge(ev.status),
      (ev.disputes && ev.disputes.length && ev.status !== 'disputed') ? el('span', { class: 'badge disputed-flag', text: 'disputed' }) : null,
      el('div', { class: 'tl-meta' },
        [actorText(ev.actor1), actorText(ev.actor2)].filter(Boolean).join(' vs '),
        countPhrase(ev, 'fatalities', 'killed') ? el('span', { class: 'fat', text: ' · ' + countPhrase(ev, 'fatalities', 'killed') }) : null,
        countPhrase(ev, 'displaced', 'displaced') ? el('span', { text: ' · ' + countPhrase(ev, 'displaced', 'displaced') }) : null,
        ' · ' + new Set((ev.sources || []).map((s) => s.outlet || s.doc_id)).size + ' source(s)'));
  }

  // ---- timeline and situation report as pages (the server's Markdown, shown as text) ----
  async function showReport(kind, params) {
    setFilters(params);
    const f = currentFilters();
    const scope = {};
    for (const k of ['region', 'from', 'to']) if (f[k]) scope[k] = f[k];
    clear(view);
    const box = el('section', { class: 'report-page', id: kind + '-page' },
      el('h2', { text: kind === 'timeline' ? 'Timeline' : 'Situation report' }),
      el('p', { class: 'muted', text: 'For ' + (query(scope) ? query(scope).replace(/&/g, ', ') : 'all events')
        + ' (reports take the region and period filters).' }),
      el('p', { class: 'exports' }, el('a', { href: withQuery('#/', f), text: '← back to the map' })));
    append(view, box);
    let data;
    try {
      data = await api(withQuery('/api/' + kind, scope));
    } catch (e) {
      append(box, el('p', { class: 'error', text: 'Could not load the report: ' + e.message }));
      return;
    }
    append(box, window.Sitrep.markdown(data.markdown || ''));
  }

  // ---- a page of one article or event: a loading line, then the document, or why it could not be had ----
  async function loadPage(what, id) {
    clear(view);
    append(view, el('p', { class: 'muted', text: 'Loading ' + what + '…' }));
    try {
      const doc = await api('/api/' + what + 's/' + encodeURIComponent(id));
      clear(view);
      return doc;
    } catch (e) {
      clear(view);
      append(view, el('p', { class: 'error', text: e.status === 404 ? 'No such ' + what + '.' : 'Could not load the ' + what + ': ' + e.message }));
      return null;
    }
  }

  // ---- article page: the text with each event's evidence sentences highlighted and linked ----
  async function showArticle(id) {
    const a = await loadPage('article', id);
    if (!a) return;
    const page = el('article', { class: 'article-page', id: 'article-page', 'data-doc-id': a.doc_id });
    append(page, el('p', null, el('a', { href: '#/', text: '← back to events' })));
    append(page, el('h2', { text: a.title || a.doc_id || 'Article' }));
    append(page, el('p', { class: 'muted' }, (a.outlet || 'unknown outlet') + (a.published ? ' · ' + a.published : ''), ' · ',
      a.url ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: a.url }) : 'no URL'));
    const text = String(a.text || '');
    // evidence: the sentences of this article that events cite, found in the text (offsets from the API)
    const spans = [];
    for (const ev of a.events || []) {
      for (const s of ev.sources || []) {
        if (s.doc_id !== a.doc_id) continue;
        let start = s.start;
        let end = s.end;
        if (!(Number.isInteger(start) && Number.isInteger(end) && end > start && text.slice(start, end) === s.sentence)) {
          start = text.indexOf(s.sentence);
          end = start + String(s.sentence).length;
        }
        if (start >= 0 && !spans.some((x) => start < x.end && end > x.start)) spans.push({ start, end, ev });
      }
    }
    spans.sort((x, y) => x.start - y.start);
    const body = el('div', { class: 'article-text', id: 'article-text' });
    let pos = 0;
    for (const sp of spans) {
      if (sp.start > pos) body.appendChild(document.createTextNode(text.slice(pos, sp.start)));
      const mark = highlighted(text.slice(sp.start, sp.end), keyTerms(sp.ev)).firstChild; // mark.evidence with key marks
      mark.setAttribute('data-event-id', sp.ev.id);
      mark.setAttribute('title', (sp.ev.sub_event_type || sp.ev.event_type || 'event') + ' · ' + dateText(sp.ev));
      body.appendChild(el('a', { href: eventHref(sp.ev.id), class: 'evidence-link' }, mark));
      pos = sp.end;
    }
    if (pos < text.length) body.appendChild(document.createTextNode(text.slice(pos)));
    append(page, el('h3', { text: 'Events in this article (' + (a.events || []).length + ')' }),
      el('ul', { class: 'tl-list', id: 'article-events' }, (a.events || []).map(timelineItem)),
      el('h3', { text: 'Text' }), body);
    append(view, page);
  }

  // ---- event page ----
  async function showEvent(id) {
    const ev = await loadPage('event', id);
    if (!ev) return;
    const page = el('article', { class: 'event-page', id: 'event-page', 'data-event-id': ev.id });
    append(page, el('p', null, el('a', { href: '#/', text: '← back to events' })));
    append(page, el('h2', null, (ev.sub_event_type || ev.event_type || 'Event') + ' — ' + (placeText(ev.location) || 'unknown place'), ' ', statusBadge(ev.status)));
    const facts = el('dl', { class: 'facts' });
    const fact = (k, v) => { if (v !== null && v !== undefined && v !== '') append(facts, [el('dt', { text: k }), el('dd', { text: v })]); };
    fact('Type', [ev.event_type, ev.sub_event_type].filter(Boolean).join(' / '));
    fact('Date', dateText(ev) + (ev.date_precision ? ' (' + ev.date_precision + ')' : '') + (ev.date && ev.date_text ? ' — “' + ev.date_text + '”' : ''));
    fact('Location', placeText(ev.location) + (located(ev.location) ? ' (' + ev.location.lat + ', ' + ev.location.lon + ')' : ''));
    if (ev.origin || ev.destination) fact('Movement', (placeText(ev.origin) || '?') + ' → ' + (placeText(ev.destination) || '?'));
    fact('Actor 1', actorText(ev.actor1));
    fact('Actor 2', actorText(ev.actor2));
    fact('Counts', countsText(ev.counts));
    if (ev.denied_by && ev.denied_by.length) fact('Denied by', ev.denied_by.map(deniedText).join(', '));
    if (ev.aggregate) fact('Aggregate', 'yes — a total over several incidents');
    append(page, facts);

    if (ev.disputes && ev.disputes.length) {
      const box = el('section', { class: 'disputes', id: 'disputes', 'aria-label': 'Disputes' }, el('h3', { text: '⚠ Disputed' }));
      for (const d of ev.disputes) {
        const item = el('div', { class: 'dispute dispute-' + String(d.kind || '').replace(/[^a-z_]/g, '') },
          el('p', null, el('span', { class: 'badge dispute-kind', text: d.kind || 'dispute' }), ' ',
            el('strong', { text: d.field || '' }), d.summary ? ': ' + d.summary : ''));
        if (d.claims && d.claims.length) {
          append(item, el('ul', { class: 'claims' }, d.claims.map((c) => el('li', null,
            el('strong', { text: String(c.value ?? '—') }), ' — ',
            (c.outlets || []).join(', ') || 'unknown outlet',
            c.attributed_to && c.attributed_to.length ? ' (citing ' + c.attributed_to.join(', ') + ')' : ''))));
        }
        append(box, item);
      }
      append(page, box);
    }

    const accounts = ev.accounts || [];
    append(page, el('h3', { text: 'Accounts (' + accounts.length + ')' }));
    const cols = el('div', { class: 'accounts', id: 'accounts' });
    for (const a of accounts) append(cols, accountColumn(a));
    if (!accounts.length) append(cols, el('p', { class: 'muted', text: 'No per-outlet accounts.' }));
    append(page, cols);

    if (ev.sources && ev.sources.length) {
      append(page, el('h3', { text: 'Evidence' }));
      append(page, el('ol', { class: 'sources' }, ev.sources.map((s) => el('li', null,
        el('div', { class: 'src-head' }, el('strong', { text: s.outlet || 'unknown outlet' }), ' · ',
          s.doc_id ? el('a', { href: articleHref(s.doc_id), class: 'article-link', text: 'read the article' }) : '',
          s.url ? [' · ', el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.url })] : '',
          s.attributed_to && s.attributed_to.length ? ' · citing ' + s.attributed_to.join(', ') : ''),
        highlighted(s.sentence, keyTerms(ev))))));
    }
    append(page, window.Sitrep.explanation(ev));
    if (ev.notes && ev.notes.length) {
      append(page, el('h3', { text: 'Notes' }), el('ul', { class: 'notes' }, ev.notes.map((n) => el('li', { text: n }))));
    }
    append(page, window.Sitrep.corrections.panel(ev));
    append(view, page);
  }

  function accountColumn(a) {
    const col = el('section', { class: 'account', 'data-outlet': a.outlet || '' });
    append(col, el('h4', null, a.outlet || 'unknown outlet', ' ', statusBadge(a.status)));
    const dl = el('dl', { class: 'facts small' });
    const row = (k, v) => { if (v) append(dl, [el('dt', { text: k }), el('dd', { text: v })]); };
    row('Date', (a.date || 'undated') + (a.date_text ? ' — “' + a.date_text + '”' : ''));
    row('Place', placeText(a.location));
    row('Actor 1', actorText(a.actor1));
    row('Actor 2', actorText(a.actor2));
    row('Counts', countsText(a.counts));
    row('Citing', (a.attributed_to || []).join(', '));
    row('Denied by', (a.denied_by || []).map(deniedText).join(', '));
    row('Article', a.doc_id);
    append(col, dl);
    const terms = keyTerms(a);
    append(col, el('div', { class: 'sentences' }, (a.sentences || []).map((s) => highlighted(s, terms))));
    return col;
  }

  // ---- search ----
  async function showSearch(params) {
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
    append(box, el('ul', { class: 'tl-list', id: 'search-events' }, events.map(timelineItem)));
    append(box, el('h3', { text: 'Articles (' + articles.length + ')' }));
    append(box, el('ul', { class: 'articles', id: 'search-articles' }, articles.map((a) => el('li', null,
      el('a', { href: articleHref(a.doc_id), class: 'article-link' }, el('strong', { text: a.title || a.doc_id || 'untitled' })),
      ' · ', el('span', { class: 'muted', text: a.outlet || 'unknown outlet' }),
      el('div', { class: 'snippet', text: a.snippet || '' })))));
  }

  // ---- framing ----
  async function showFraming() {
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

  // ---- routing ----
  function route() {
    window.Sitrep.addArticles.stop();
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, qs] = hash.split('?');
    const params = new URLSearchParams(qs || '');
    const section = path.startsWith('/event/') ? 'event' : path.startsWith('/article/') ? 'article' : path.replace(/^\//, '') || 'events';
    document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.getAttribute('data-nav') === section));
    filtersForm.hidden = !(section === 'events' || section === 'timeline' || section === 'sitrep');
    if (section !== 'search') document.getElementById('search-q').value = '';
    if (section !== 'events') window.Sitrep.map.remove();
    if (path.startsWith('/event/')) return showEvent(decodeURIComponent(path.slice('/event/'.length)));
    if (path.startsWith('/article/')) return showArticle(decodeURIComponent(path.slice('/article/'.length)));
    if (path === '/timeline' || path === '/sitrep') return showReport(path.slice(1), params);
    if (path === '/search') return showSearch(params);
    if (path === '/framing') return showFraming();
    if (path === '/add') return window.Sitrep.addArticles.show(view);
    return showOverview(params);
  }

  filtersForm.addEventListener('submit', (e) => {
    e.preventDefault();
    // the report pages keep their page; everything else goes to the map
    const page = /^#\/(timeline|sitrep)\b/.exec(location.hash);
    location.hash = withQuery(page ? '#/' + page[1] : '#/', currentFilters());
  });
  filtersForm.addEventListener('reset', () => setTimeout(() => { location.hash = '#/'; }, 0));
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-q').value.trim());
  });
  window.addEventListener('hashchange', route);
  route();
})();
