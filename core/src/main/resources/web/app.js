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
  const view = document.getElementById('view');
  const filtersForm = document.getElementById('filters');
  const FILTER_KEYS = ['region', 'from', 'to', 'type', 'status', 'outlet'];
  let map = null;          // the Leaflet map, kept between visits of the overview
  let worldLayer = null;
  let eventLayer = null;
  let pollTimer = null;

  // ---- DOM helpers (text only) ----
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'text') e.textContent = String(v);
        else if (k === 'class') e.className = v;
        else if (k === 'href') e.setAttribute('href', safeHref(v));
        else e.setAttribute(k, String(v));
      }
    }
    for (const c of children) append(e, c);
    return e;
  }
  // Appends every child given after the parent (nodes, strings, arrays of them); null/false are skipped.
  function append(parent, ...children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) { append(parent, ...c); continue; }
      parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('#/') || s.startsWith('/api/')) return s;
    if (/^https?:\/\//i.test(s)) return s; // article URLs: only http(s), never javascript:
    return '#/';
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function eventHref(id) { return '#/event/' + encodeURIComponent(id); }

  // ---- API ----
  async function api(path, opts) {
    const r = await fetch(path, Object.assign({ headers: { Accept: 'application/json' } }, opts || {}));
    if (!r.ok) {
      const err = new Error('HTTP ' + r.status + ' for ' + path);
      err.status = r.status;
      throw err;
    }
    return r.json();
  }
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

  // ---- formatting ----
  // One vague-count policy (docs/output.md): a vague count has no value; words naming a magnitude ("dozens")
  // carry the server's lower_bound, which the CSV and the situation report show too; other words have no number.
  function countValue(ev, key) {
    const c = ev && ev.counts && ev.counts[key];
    if (!c) return 0;
    if (typeof c.value === 'number') return c.value;
    return typeof c.lower_bound === 'number' ? c.lower_bound : 0;
  }
  function countPhrase(ev, key, noun) {
    const c = ev && ev.counts && ev.counts[key];
    if (!c) return null;
    if (typeof c.value === 'number') return c.value ? c.value + ' ' + noun : null;
    if (typeof c.lower_bound === 'number') return 'at least ' + c.lower_bound + ' ' + noun + ' (“' + (c.text || '') + '”)';
    return c.text ? '“' + c.text + '” ' + noun : null;
  }
  function countsText(counts) {
    if (!counts) return '';
    return Object.entries(counts)
      .map(([k, c]) => {
        if (!c) return null;
        // a vague count has no number: its words, and the lower bound only when the words name a magnitude
        if (c.value === null || c.value === undefined) {
          const figure = typeof c.lower_bound === 'number' ? 'vague: at least ' + c.lower_bound : 'vague: no number';
          return k.replace(/_/g, ' ') + ': ' + (c.text ? '"' + c.text + '"' : 'unknown') + ' (' + figure + ')';
        }
        const q = c.qualifier && c.qualifier !== 'exact' ? String(c.qualifier).replace(/_/g, ' ') + ' ' : '';
        return k.replace(/_/g, ' ') + ': ' + q + c.value;
      })
      .filter(Boolean)
      .join(', ');
  }
  function placeText(p) {
    if (!p) return '';
    return [p.name, p.admin1 && p.admin1 !== p.name ? p.admin1 : null, p.country && p.country !== p.name ? p.country : null]
      .filter(Boolean).join(', ');
  }
  function actorText(a) { return a ? a.name || a.text || '' : ''; }
  function dateText(ev) {
    if (!ev.date) return 'undated';
    return ev.date_end && ev.date_end !== ev.date ? ev.date + ' – ' + ev.date_end : ev.date;
  }
  function statusBadge(status) {
    return el('span', { class: 'badge status-' + String(status || 'unknown').replace(/[^a-z]/g, ''), text: status || 'unknown' });
  }
  function located(p) { return p && typeof p.lat === 'number' && typeof p.lon === 'number'; }

  // ---- overview: map + timeline ----
  async function showOverview(params) {
    setFilters(params);
    const f = currentFilters();
    const mapBox = el('div', { id: 'map', class: 'map', role: 'region', 'aria-label': 'Map of events' });
    const legend = el('p', { class: 'legend' },
      'Circles are sized by fatalities and displaced people; lines with arrowheads are displacement flows. ',
      el('a', { href: '/api/export.geojson' + (query(f) ? '?' + query(f) : ''), text: 'Download GeoJSON' }));
    const timeline = el('section', { id: 'timeline', class: 'timeline', 'aria-label': 'Timeline' }, el('p', { class: 'muted', text: 'Loading events…' }));
    clear(view);
    append(view, el('div', { class: 'overview' },
      el('section', { class: 'map-col' }, el('h2', { text: 'Map' }), mapBox, legend),
      el('section', { class: 'timeline-col' }, el('h2', { text: 'Timeline' }), timeline)));
    initMap(mapBox);
    let data;
    try {
      data = await api('/api/events?' + query(Object.assign({ limit: 500 }, f)));
    } catch (e) {
      clear(timeline);
      append(timeline, el('p', { class: 'error', text: 'Could not load events: ' + e.message }));
      return;
    }
    const events = data.events || [];
    renderTimeline(timeline, events, data.total);
    renderEventLayer(events);
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

  function initMap(box) {
    if (typeof L === 'undefined') {
      append(box, el('p', { class: 'error', text: 'Leaflet did not load (/webjars/leaflet/1.9.4/dist/leaflet.js).' }));
      return;
    }
    if (map) { map.remove(); map = null; }
    map = L.map(box, { worldCopyJump: false, minZoom: 1, maxZoom: 12, attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas');
    // The base layer lives in its own pane so the overlay pane holds only event markers and flows.
    map.createPane('basePane').style.zIndex = 250;
    // Flows sit under the circles and take no pointer events, so a marker under a line still gets hover and click.
    const flowPane = map.createPane('flowPane');
    flowPane.style.zIndex = 390;
    flowPane.style.pointerEvents = 'none';
    map.setView([30, 20], 2);
    worldLayer = null;
    eventLayer = null;
    fetch('world.geojson').then((r) => r.json()).then((world) => {
      if (!map) return;
      worldLayer = L.geoJSON(unwrapped(world), {
        pane: 'basePane',
        // className must be a layer option: Leaflet applies it when the path is created, not through style.
        className: 'world-country',
        // the country's name on its path, for tests and assistive tools (names come from the committed outline file)
        onEachFeature: (f, layer) => layer.on('add', () => {
          const e = layer.getElement();
          if (e && f.properties && f.properties.name) e.setAttribute('data-country', String(f.properties.name));
        }),
        style: { color: '#8a96a3', weight: 0.7, fillColor: '#e4e8ec', fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      box.setAttribute('data-base-loaded', 'true');
    }).catch(() => box.setAttribute('data-base-loaded', 'error'));
  }

  // Outlines that cross the antimeridian jump from +180 to -180 inside one ring, which Leaflet draws as a
  // band across the whole map. Shifting the rest of such a ring by 360 degrees keeps it continuous.
  function unwrapped(world) {
    // A ring that circles the pole (Antarctica) ends shifted: it is kept as it is, its jump is its polar edge.
    const ring = (r) => {
      let shift = 0;
      let prev = null;
      const out = r.map(([lon, lat]) => {
        if (prev !== null) {
          if (lon + shift - prev > 180) shift -= 360;
          else if (lon + shift - prev < -180) shift += 360;
        }
        prev = lon + shift;
        return [prev, lat];
      });
      return shift === 0 ? out : r;
    };
    const geometry = (g) => {
      if (!g) return g;
      if (g.type === 'Polygon') return { type: g.type, coordinates: g.coordinates.map(ring) };
      if (g.type === 'MultiPolygon') return { type: g.type, coordinates: g.coordinates.map((p) => p.map(ring)) };
      return g;
    };
    return { type: 'FeatureCollection', features: (world.features || []).map((f) => Object.assign({}, f, { geometry: geometry(f.geometry) })) };
  }

  function radiusFor(ev) {
    // Area grows with fatalities; displacement counts weigh 1/100 so a large flight does not hide the killings.
    const n = countValue(ev, 'fatalities') + countValue(ev, 'displaced') / 100;
    return 5 + Math.min(20, Math.sqrt(n) * 2.5);
  }

  function renderEventLayer(events) {
    if (!map) return;
    if (eventLayer) eventLayer.remove();
    eventLayer = L.featureGroup().addTo(map);
    const markers = [];
    // Largest circles first so that smaller ones stay visible and clickable on top.
    const ordered = [...events].sort((a, b) => radiusFor(b) - radiusFor(a));
    for (const ev of ordered) {
      if (located(ev.origin) && located(ev.destination)) {
        const o = [ev.origin.lat, ev.origin.lon];
        const d = [ev.destination.lat, ev.destination.lon];
        L.polyline([o, d], { pane: 'flowPane', interactive: false, color: '#7b3fa0', weight: 2.5, className: 'sitrep-flow' }).addTo(eventLayer);
        L.polygon(arrowHead(o, d), { pane: 'flowPane', interactive: false, color: '#7b3fa0', fillOpacity: 1, weight: 1, className: 'sitrep-flow-head' }).addTo(eventLayer);
      }
      if (!located(ev.location)) continue;
      const fat = countValue(ev, 'fatalities');
      const m = L.circleMarker([ev.location.lat, ev.location.lon], {
        radius: radiusFor(ev),
        color: ev.status === 'denied' || ev.status === 'disputed' ? '#b35c00' : '#a11d1d',
        weight: 1.5,
        fillColor: fat > 0 ? '#d7301f' : '#fc8d59',
        fillOpacity: 0.6,
        className: 'sitrep-marker',
      });
      // Tooltip built as a DOM element, never an HTML string.
      m.bindTooltip(el('span', null,
        el('strong', { text: ev.sub_event_type || ev.event_type || 'Event' }), el('br'),
        placeText(ev.location), el('br'), dateText(ev) + (countPhrase(ev, 'fatalities', 'killed') ? ' · ' + countPhrase(ev, 'fatalities', 'killed') : '')));
      m.on('click', () => { location.hash = eventHref(ev.id); });
      m.addTo(eventLayer);
      markers.push(m);
    }
    if (markers.length) {
      map.fitBounds(eventLayer.getBounds().pad(0.8), { maxZoom: 6 }); // 1:110m outlines get coarse beyond ~5
    }
    map.getContainer().setAttribute('data-markers', String(markers.length));
  }

  // Arrowhead triangle at the destination, computed in degrees (good enough at regional scale).
  function arrowHead(o, d) {
    const dy = d[0] - o[0];
    const dx = d[1] - o[1];
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    const size = Math.min(0.25, len / 4);
    const ux = dx / len;
    const uy = dy / len;
    const bx = d[1] - ux * size;
    const by = d[0] - uy * size;
    return [d, [by + ux * size / 2, bx - uy * size / 2], [by - ux * size / 2, bx + uy * size / 2]];
  }

  // ---- event page ----
  async function showEvent(id) {
    clear(view);
    append(view, el('p', { class: 'muted', text: 'Loading event…' }));
    let ev;
    try {
      ev = await api('/api/events/' + encodeURIComponent(id));
    } catch (e) {
      clear(view);
      append(view, el('p', { class: 'error', text: e.status === 404 ? 'No such event.' : 'Could not load the event: ' + e.message }));
      return;
    }
    clear(view);
    const page = el('article', { class: 'event-page', id: 'event-page', 'data-event-id': ev.id });
    append(page, el('p', null, el('a', { href: '#/', text: '← back to events' })));
    append(page, el('h2', null, (ev.sub_event_type || ev.event_type || 'Event') + ' — ' + (placeText(ev.location) || 'unknown place'), ' ', statusBadge(ev.status)));
    const facts = el('dl', { class: 'facts' });
    const fact = (k, v) => { if (v !== null && v !== undefined && v !== '') append(facts, [el('dt', { text: k }), el('dd', { text: v })]); };
    fact('Type', [ev.event_type, ev.sub_event_type].filter(Boolean).join(' / '));
    fact('Date', dateText(ev) + (ev.date_precision ? ' (' + ev.date_precision + ')' : '') + (ev.date_text ? ' — “' + ev.date_text + '”' : ''));
    fact('Location', placeText(ev.location) + (located(ev.location) ? ' (' + ev.location.lat + ', ' + ev.location.lon + ')' : ''));
    if (ev.origin || ev.destination) fact('Movement', (placeText(ev.origin) || '?') + ' → ' + (placeText(ev.destination) || '?'));
    fact('Actor 1', actorText(ev.actor1));
    fact('Actor 2', actorText(ev.actor2));
    fact('Counts', countsText(ev.counts));
    if (ev.denied_by && ev.denied_by.length) fact('Denied by', ev.denied_by.join(', '));
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
          s.url ? el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.doc_id || s.url }) : (s.doc_id || ''),
          s.attributed_to && s.attributed_to.length ? ' · citing ' + s.attributed_to.join(', ') : ''),
        highlighted(s.sentence, keyTerms(ev))))));
    }
    if (ev.notes && ev.notes.length) {
      append(page, el('h3', { text: 'Notes' }), el('ul', { class: 'notes' }, ev.notes.map((n) => el('li', { text: n }))));
    }
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
    row('Denied by', (a.denied_by || []).join(', '));
    row('Article', a.doc_id);
    append(col, dl);
    const terms = keyTerms(a);
    append(col, el('div', { class: 'sentences' }, (a.sentences || []).map((s) => highlighted(s, terms))));
    return col;
  }

  // The words in a sentence that carry the extracted values: count phrases, actor and place words, date words.
  function keyTerms(x) {
    const t = [];
    for (const c of Object.values(x.counts || {})) if (c && c.text) t.push(c.text);
    for (const a of [x.actor1, x.actor2]) if (a && a.text) t.push(a.text);
    for (const p of [x.location, x.origin, x.destination]) if (p) { if (p.text) t.push(p.text); if (p.name) t.push(p.name); }
    if (x.date_text) t.push(x.date_text);
    for (const d of x.denied_by || []) t.push(d);
    return [...new Set(t.filter((s) => typeof s === 'string' && s.length >= 2))].sort((a, b) => b.length - a.length);
  }

  // The whole sentence is marked as evidence; inside it the key terms get a stronger mark. Text nodes only.
  function highlighted(sentence, terms) {
    const s = String(sentence ?? '');
    const outer = el('mark', { class: 'evidence' });
    const lower = s.toLowerCase();
    const spans = [];
    for (const term of terms) {
      const tl = term.toLowerCase();
      let i = lower.indexOf(tl);
      while (i >= 0) {
        const j = i + tl.length;
        if (!spans.some(([a, b]) => i < b && j > a)) spans.push([i, j]);
        i = lower.indexOf(tl, j);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    let pos = 0;
    for (const [a, b] of spans) {
      if (a > pos) outer.appendChild(document.createTextNode(s.slice(pos, a)));
      outer.appendChild(el('mark', { class: 'key', text: s.slice(a, b) }));
      pos = b;
    }
    if (pos < s.length) outer.appendChild(document.createTextNode(s.slice(pos)));
    return el('blockquote', { class: 'sentence' }, outer);
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
      el('strong', { text: a.title || a.doc_id || 'untitled' }), ' · ', el('span', { class: 'muted', text: a.outlet || '' }),
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

  // ---- add articles ----
  function showAdd() {
    clear(view);
    const token = el('input', { id: 'add-token', name: 'token', type: 'password', autocomplete: 'off', required: 'required' });
    const body = el('textarea', { id: 'add-json', name: 'json', rows: '14', spellcheck: 'false', required: 'required',
      placeholder: '{"doc_id": "...", "outlet": "...", "url": "...", "published": "2024-01-31", "title": "...", "text": "..."}  or an array of them' });
    const status = el('div', { id: 'add-status', class: 'add-status', role: 'status' });
    const progress = el('progress', { id: 'add-progress', max: '1', value: '0', hidden: 'hidden' });
    const form = el('form', { id: 'add-form', class: 'add-form' },
      el('label', null, 'API token ', token),
      el('label', null, 'Article JSON (one object or an array)', body),
      el('button', { type: 'submit', text: 'Submit' }), progress, status);
    form.addEventListener('submit', async (evt) => {
      evt.preventDefault();
      clear(status);
      let parsed;
      try { parsed = JSON.parse(body.value); } catch (e) {
        append(status, el('p', { class: 'error', text: 'Not valid JSON: ' + e.message }));
        return;
      }
      let r;
      try {
        r = await fetch('/api/articles', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token.value.trim() },
          body: JSON.stringify(parsed),
        });
      } catch (e) {
        append(status, el('p', { class: 'error', text: 'Request failed: ' + e.message }));
        return;
      }
      if (r.status === 401 || r.status === 403) { append(status, el('p', { class: 'error', text: 'The token was refused (HTTP ' + r.status + ').' })); return; }
      if (!r.ok) { append(status, el('p', { class: 'error', text: 'The server refused the articles (HTTP ' + r.status + ').' })); return; }
      const { job } = await r.json();
      append(status, el('p', { id: 'add-job', text: 'Job ' + job + ' accepted.' }));
      progress.hidden = false;
      poll(job, progress, status);
    });
    append(view, el('section', null, el('h2', { text: 'Add articles' }),
      el('p', { class: 'muted', text: 'Articles are processed in the background; progress appears below.' }), form));
  }

  function poll(job, progress, status) {
    if (pollTimer) clearTimeout(pollTimer);
    const line = el('p', { id: 'add-progress-text' });
    append(status, line);
    const errors = el('ul', { id: 'add-errors', class: 'errors' });
    append(status, errors);
    const tick = async () => {
      let j;
      try { j = await api('/api/jobs/' + encodeURIComponent(job)); } catch (e) {
        line.textContent = 'Could not read job status: ' + e.message;
        return;
      }
      const total = j.total || 0;
      const done = j.done || 0;
      progress.max = Math.max(total, 1);
      progress.value = done;
      line.textContent = j.state + ': ' + done + ' of ' + total + ' articles processed';
      line.setAttribute('data-state', j.state || '');
      clear(errors);
      for (const e of j.errors || []) append(errors, el('li', { class: 'error', text: typeof e === 'string' ? e : JSON.stringify(e) }));
      if (j.state === 'running') pollTimer = setTimeout(tick, 500);
    };
    tick();
  }

  // ---- routing ----
  function route() {
    if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; }
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, qs] = hash.split('?');
    const params = new URLSearchParams(qs || '');
    const section = path.startsWith('/event/') ? 'event' : path.replace(/^\//, '') || 'events';
    document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.getAttribute('data-nav') === section));
    filtersForm.hidden = !(section === 'events');
    if (section !== 'search') document.getElementById('search-q').value = '';
    if (section !== 'events' && map) { map.remove(); map = null; }
    if (path.startsWith('/event/')) return showEvent(decodeURIComponent(path.slice('/event/'.length)));
    if (path === '/search') return showSearch(params);
    if (path === '/framing') return showFraming();
    if (path === '/add') return showAdd();
    return showOverview(params);
  }

  filtersForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = query(currentFilters());
    location.hash = '#/' + (q ? '?' + q : '');
  });
  filtersForm.addEventListener('reset', () => setTimeout(() => { location.hash = '#/'; }, 0));
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-q').value.trim());
  });
  window.addEventListener('hashchange', route);
  route();
})();
