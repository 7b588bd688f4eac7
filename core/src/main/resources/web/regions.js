// Sitrep web UI: admin-1 regions shaded by the events or the people killed in them (a choropleth).
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The outlines are admin1.geojson (Natural Earth admin-1, keyed to the gazetteer's admin1 regions by
// scripts/ui/admin1-geojson.js as [country code, name, admin1 code]). An event joins an outline by its location's
// admin1_code, the region's stable key (its admin1 is spelled as its report spells it, which varies by outlet);
// a record without a code joins by country_code and admin1 as the gazetteer names it. An outline may carry several
// gazetteer regions (it shows their sum) and a region cut finer by Natural Earth shows its whole figure on each of
// its outlines.
// SECURITY: as in dom.js, region and place names reach the page only as text nodes.
'use strict';

window.Sitrep.regions = (function () {
  const { el, clear, countValue } = window.Sitrep;
  const MODES = { events: 'events', fatalities: 'people killed' };
  const COLOURS = {
    // greens and oranges: apart from the sea's blue, the land's grey and the markers' red
    events: ['#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'],
    fatalities: ['#fdd49e', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'],
  };
  const NICE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

  /** Up to five classes with round lower bounds, from 1 up to the largest value: [{from, to}] (to null = and more). */
  function classes(max) {
    let bounds = NICE.filter((t) => t <= Math.max(1, max));
    while (bounds.length > 5) bounds = bounds.filter((_, i) => i % 2 === 0);
    return bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? bounds[i + 1] - 1 : null }));
  }
  function classOf(value, cls) {
    let k = -1;
    cls.forEach((c, i) => { if (value >= c.from) k = i; });
    return k;
  }
  // n classes spread over the five colours, so two classes still look apart
  function colour(mode, i, n) { return COLOURS[mode][n === 1 ? 2 : Math.round(i * 4 / (n - 1))]; }
  function key(cc, admin1) { return String(cc) + '\u0000' + String(admin1); }
  function codeKey(code) { return 'code\u0000' + String(code); }

  /** Per gazetteer region (its admin1 code, else country code + admin1 name): number of events and of people killed. */
  function tally(events) {
    const out = new Map();
    let noRegion = 0;
    for (const ev of events) {
      const p = ev.location;
      if (!p || !p.admin1_code && (!p.country_code || !p.admin1)) { noRegion++; continue; }
      const k = p.admin1_code ? codeKey(p.admin1_code) : key(p.country_code, p.admin1);
      const t = out.get(k) || { events: 0, fatalities: 0 };
      t.events++;
      t.fatalities += countValue(ev, 'fatalities');
      out.set(k, t);
    }
    return { byRegion: out, noRegion };
  }

  /**
   * A layer manager for one map: load() fetches the outlines once; draw(events) shades them for the current
   * mode; legend() is the node the map's legend shows (mode switch, classes, what did not join).
   */
  function create(map, pane, unwrap) {
    let outlines = null;
    let layer = null;
    let events = [];
    let mode = 'events';
    const legendBox = el('div', { class: 'choropleth-legend', id: 'choropleth-legend' });
    const select = el('select', { id: 'choropleth-mode', 'aria-label': 'Shade admin-1 regions by' },
      el('option', { value: 'events', text: 'events' }), el('option', { value: 'fatalities', text: 'people killed' }),
      el('option', { value: 'none', text: 'nothing' }));
    select.addEventListener('change', () => { mode = select.value; draw(events); });

    function load() {
      return fetch('admin1.geojson').then((r) => r.json()).then((g) => {
        outlines = unwrap(g);
        draw(events);
      }).catch(() => { outlines = { features: [] }; map.getContainer().setAttribute('data-regions', 'error'); });
    }

    function draw(list) {
      events = list || [];
      if (layer) { layer.remove(); layer = null; }
      const box = map.getContainer();
      if (!outlines) return;
      const { byRegion, noRegion } = tally(events);
      const value = (t) => (t ? t[mode === 'fatalities' ? 'fatalities' : 'events'] : 0);
      // an outline's figure: the sum over the gazetteer regions it carries
      const joined = new Set();
      const countries = new Set();
      const figures = new Map();
      for (const f of outlines.features) {
        let v = 0;
        let any = false;
        for (const [cc, a1, code] of f.properties.admin1 || []) {
          for (const k of code ? [codeKey(code), key(cc, a1)] : [key(cc, a1)]) {
            const t = byRegion.get(k);
            if (t) { joined.add(k); countries.add(cc); any = true; v += value(t); }
          }
        }
        if (any) figures.set(f, v);
      }
      let unjoined = 0;
      for (const [k, t] of byRegion) if (!joined.has(k)) unjoined += t.events;
      const max = Math.max(0, ...figures.values());
      const cls = classes(max);
      let shaded = 0;
      if (mode !== 'none') {
        // the outlines of every country with a located region, so its other regions show as empty
        const shown = outlines.features.filter((f) => figures.has(f) || (f.properties.admin1 || []).some(([cc]) => countries.has(cc)));
        layer = L.geoJSON({ type: 'FeatureCollection', features: shown }, {
          pane,
          className: 'sitrep-region',
          style: (f) => {
            const v = figures.get(f);
            const k = v === undefined ? -1 : classOf(v, cls);
            return k < 0 ? { color: '#9aa5b1', weight: 0.5, fillOpacity: 0 }
              : { color: '#5f6b77', weight: 0.7, fillColor: colour(mode, k, cls.length), fillOpacity: 0.75 };
          },
          onEachFeature: (f, l) => {
            const v = figures.get(f);
            const names = (f.properties.admin1 || []).map(([, a1]) => a1);
            l.bindTooltip(el('span', null, el('strong', { text: f.properties.name || names.join(', ') || 'region' }),
              names.length && names.join(', ') !== f.properties.name ? ' (' + names.join(', ') + ')' : '', el('br'),
              (v === undefined ? 0 : v) + ' ' + MODES[mode]));
            l.on('add', () => {
              const e = l.getElement();
              if (!e) return;
              e.setAttribute('data-region', names.join('|'));
              e.setAttribute('data-value', String(v === undefined ? 0 : v));
              e.setAttribute('data-class', String(v === undefined ? -1 : classOf(v, cls)));
            });
          },
        }).addTo(map);
        shaded = figures.size;
      }
      box.setAttribute('data-regions', String(shaded));
      renderLegend(cls, unjoined, noRegion);
    }

    function renderLegend(cls, unjoined, noRegion) {
      clear(legendBox);
      legendBox.appendChild(el('div', null, 'Shade regions by ', select));
      if (mode === 'none') return;
      legendBox.appendChild(el('div', { class: 'lg-title', text: (mode === 'fatalities' ? 'People killed' : 'Events') + ' per admin-1 region' }));
      for (const [i, c] of cls.entries()) {
        const sw = el('span', { class: 'lg-swatch', 'data-class': i });
        sw.style.background = colour(mode, i, cls.length); // CSSOM: the server's CSP refuses style attributes
        legendBox.appendChild(el('div', { class: 'lg-class' }, sw, ' ' + (c.to === null ? c.from + ' or more' : c.from === c.to ? String(c.from) : c.from + '–' + c.to)));
      }
      const empty = el('span', { class: 'lg-swatch lg-empty' });
      legendBox.appendChild(el('div', null, empty, mode === 'fatalities' ? ' none (no one reported killed, or no events)' : ' no events'));
      if (unjoined || noRegion) {
        legendBox.appendChild(el('div', { class: 'lg-note', id: 'choropleth-unjoined',
          text: [unjoined ? unjoined + ' event(s) in regions without an outline' : '', noRegion ? noRegion + ' without an admin-1 region' : '']
            .filter(Boolean).join('; ') }));
      }
    }

    renderLegend(classes(0), 0, 0);
    return { load, draw, legend: () => legendBox };
  }

  return { create, classes, tally };
})();
