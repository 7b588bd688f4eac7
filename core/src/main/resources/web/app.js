// Sitrep web UI: the filters, the overview (map, charts, timeline), the report pages and the routes to every
// page. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: every string that comes from the API (article text, sentences, outlet names,
// actor names, places, titles, snippets, error messages) is put into the page ONLY through
// textContent / document.createTextNode / setAttribute on safe attributes (class, title,
// href built from a fixed "#/..." prefix plus encodeURIComponent). innerHTML, outerHTML,
// insertAdjacentHTML and document.write are never used with data. Leaflet tooltips are given
// DOM elements, never HTML strings. Keep it that way: see docs/ui.md.
'use strict';

(function () {
  const { el, append, clear, api } = window.Sitrep;
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
    window.Sitrep.timeline.render(timeline, events, data.total);
    window.Sitrep.map.render(events);
    const charts = window.Sitrep.charts;
    append(below, charts.histogram(events, f, (from, to) => {
      location.hash = withQuery('#/', Object.assign({}, f, { from, to }));
    }), el('div', { class: 'charts' }, charts.byType(events), charts.fatalitiesOverTime(events)));
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
    if (path.startsWith('/event/')) return window.Sitrep.eventPage.show(view, decodeURIComponent(path.slice('/event/'.length)));
    if (path.startsWith('/article/')) return window.Sitrep.articlePage.show(view, decodeURIComponent(path.slice('/article/'.length)));
    if (path === '/timeline' || path === '/sitrep') return showReport(path.slice(1), params);
    if (path === '/search') return window.Sitrep.listPages.search(view, params);
    if (path === '/framing') return window.Sitrep.listPages.framing(view);
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
