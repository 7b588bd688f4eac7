// Sitrep web UI: time histogram with brushing, and small charts. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: SVG is built with createElementNS; labels go in through textContent (dom.js).
'use strict';

window.Sitrep.charts = (function () {
  const { el, svg, countValue } = window.Sitrep;
  const DAY = 86400000;

  const day = (s) => Date.parse(s + 'T00:00:00Z');
  const iso = (t) => new Date(t).toISOString().slice(0, 10);

  /** Buckets of whole days covering the dated events: a day, a week or a month wide, about 60 at most. */
  function buckets(events) {
    const dated = events.filter((e) => e.date);
    if (!dated.length) return null;
    let lo = Math.min(...dated.map((e) => day(e.date)));
    let hi = Math.max(...dated.map((e) => day(e.date)));
    const span = (hi - lo) / DAY + 1;
    const width = span <= 60 ? 1 : span <= 420 ? 7 : 30;
    hi = lo + Math.ceil(span / width) * width * DAY;
    const list = [];
    for (let t = lo; t < hi; t += width * DAY) list.push({ from: t, to: t + (width - 1) * DAY, events: 0, fatalities: 0 });
    for (const e of dated) {
      const b = list[Math.min(list.length - 1, Math.floor((day(e.date) - lo) / (width * DAY)))];
      b.events++;
      b.fatalities += countValue(e, 'fatalities');
    }
    return { list, width };
  }

  /**
   * The number of events per period; dragging across it selects a period and calls onBrush(from, to) with
   * ISO days. Bars outside the current filter's period are grey.
   */
  function histogram(events, filter, onBrush) {
    const box = el('section', { class: 'histogram', id: 'histogram', 'aria-label': 'Events over time' },
      el('strong', { text: 'Events over time' }), ' ', el('span', { class: 'muted', text: '(drag across the bars to filter by period)' }));
    const b = buckets(events);
    if (!b) { box.appendChild(el('p', { class: 'muted', text: 'No dated events.' })); return box; }
    const W = 600;
    const H = 80;
    const n = b.list.length;
    const bw = W / n;
    const max = Math.max(1, ...b.list.map((x) => x.events));
    const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + (H + 14), preserveAspectRatio: 'none', role: 'img', 'aria-label': 'histogram' });
    const from = filter.from ? day(filter.from) : -Infinity;
    const to = filter.to ? day(filter.to) : Infinity;
    b.list.forEach((x, i) => {
      const h = (x.events / max) * H;
      const out = x.to < from || x.from > to;
      chart.appendChild(svg('rect', { class: 'bar' + (out ? ' out' : ''), x: i * bw + 0.5, y: H - h, width: Math.max(1, bw - 1), height: h,
        'data-from': iso(x.from), 'data-to': iso(x.to), 'data-events': x.events },
      svg('title', { text: iso(x.from) + (b.width > 1 ? ' – ' + iso(x.to) : '') + ': ' + x.events + ' events' })));
    });
    chart.appendChild(svg('text', { class: 'axis', x: 0, y: H + 12, text: iso(b.list[0].from) }));
    chart.appendChild(svg('text', { class: 'axis', x: W, y: H + 12, 'text-anchor': 'end', text: iso(b.list[n - 1].to) }));
    const brush = svg('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H, visibility: 'hidden' });
    chart.appendChild(brush);
    let start = null;
    const xOf = (evt) => {
      const r = chart.getBoundingClientRect();
      return Math.max(0, Math.min(W, ((evt.clientX - r.left) / r.width) * W));
    };
    chart.addEventListener('mousedown', (evt) => { start = xOf(evt); brush.setAttribute('visibility', 'visible'); evt.preventDefault(); });
    chart.addEventListener('mousemove', (evt) => {
      if (start === null) return;
      const x = xOf(evt);
      brush.setAttribute('x', Math.min(start, x));
      brush.setAttribute('width', Math.abs(x - start));
    });
    const end = (evt) => {
      if (start === null) return;
      const x = xOf(evt);
      const i = Math.max(0, Math.min(n - 1, Math.floor(Math.min(start, x) / bw)));
      const j = Math.max(0, Math.min(n - 1, Math.floor(Math.max(start, x) / bw)));
      start = null;
      onBrush(iso(b.list[i].from), iso(b.list[j].to));
    };
    chart.addEventListener('mouseup', end);
    chart.addEventListener('mouseleave', (evt) => { if (start !== null) end(evt); });
    box.appendChild(chart);
    return box;
  }

  /** Horizontal bars: events per event type. */
  function byType(events) {
    const counts = new Map();
    for (const e of events) counts.set(e.event_type || 'unknown', (counts.get(e.event_type || 'unknown') || 0) + 1);
    const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const max = Math.max(1, ...rows.map((r) => r[1]));
    const H = 18 * rows.length + 4;
    const chart = svg('svg', { viewBox: '0 0 300 ' + H, width: '100%', height: H, role: 'img', 'aria-label': 'events by type' });
    rows.forEach(([type, n], i) => {
      chart.appendChild(svg('rect', { class: 'hbar', x: 150, y: i * 18 + 3, width: (n / max) * 120, height: 13, 'data-type': type }));
      chart.appendChild(svg('text', { class: 'axis', x: 146, y: i * 18 + 13, 'text-anchor': 'end', text: type }));
      chart.appendChild(svg('text', { class: 'axis', x: 154 + (n / max) * 120, y: i * 18 + 13, text: String(n) }));
    });
    return el('section', { class: 'chart', id: 'chart-types' }, el('h3', { text: 'Events by type' }), chart);
  }

  /** Bars: fatalities per period (numbers given, plus lower bounds of vague counts with a magnitude). */
  function fatalitiesOverTime(events) {
    const box = el('section', { class: 'chart', id: 'chart-fatalities' }, el('h3', { text: 'Killed over time' }));
    const b = buckets(events);
    if (!b) { box.appendChild(el('p', { class: 'muted', text: 'No dated events.' })); return box; }
    const W = 300;
    const H = 70;
    const bw = W / b.list.length;
    const max = Math.max(1, ...b.list.map((x) => x.fatalities));
    const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + (H + 12), width: '100%', height: H + 12, preserveAspectRatio: 'none', role: 'img', 'aria-label': 'killed over time' });
    b.list.forEach((x, i) => {
      const h = (x.fatalities / max) * H;
      chart.appendChild(svg('rect', { class: 'bar', x: i * bw + 0.5, y: H - h, width: Math.max(1, bw - 1), height: h, 'data-fatalities': x.fatalities },
        svg('title', { text: iso(x.from) + ': ' + x.fatalities + ' killed' })));
    });
    chart.appendChild(svg('text', { class: 'axis', x: 0, y: H + 11, text: 'max ' + max }));
    box.appendChild(chart);
    return box;
  }

  return { histogram, byType, fatalitiesOverTime, buckets };
})();
