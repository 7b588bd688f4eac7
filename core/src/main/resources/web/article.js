// Sitrep web UI: the article page: the stored text with each event's evidence sentences highlighted and
// linked to the event. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, everything from the API reaches the page only as text nodes and safe attributes.
'use strict';

window.Sitrep.articlePage = (function () {
  const { el, append, eventHref, dateText, keyTerms, highlighted } = window.Sitrep;

  // The article {@code id} in {@code view}: the text with each event's evidence sentences highlighted and linked.
  async function show(view, id) {
    const a = await window.Sitrep.loadDoc(view, 'article', id);
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
      el('ul', { class: 'tl-list', id: 'article-events' }, (a.events || []).map(window.Sitrep.timeline.item)),
      el('h3', { text: 'Text' }), body);
    append(view, page);
  }

  return { show };
})();
