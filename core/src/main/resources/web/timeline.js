// Sitrep web UI: the event timeline (events by day, then the undated) and its items, shared by the overview,
// the article page and search. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, everything from the API reaches the page only as text nodes and safe attributes.
'use strict';

window.Sitrep.timeline = (function () {
  const { el, append, clear, eventHref, countPhrase, placeText, actorText, dateText, statusBadge } = window.Sitrep;

  // The events in {@code box}: their count, then the dated ones by day, then the undated.
  function render(box, events, total) {
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
      list.appendChild(item(ev));
    }
    append(box, list);
    if (undated.length) {
      append(box, el('h3', { text: 'Undated' }));
      append(box, el('ul', { class: 'tl-list', id: 'timeline-undated' }, undated.map(item)));
    }
  }

  function item(ev) {
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

  return { render, item };
})();
