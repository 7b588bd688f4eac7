// Sitrep web UI: the event page: facts, disputes, each outlet's account side by side, the evidence, why, notes
// and the corrections panel. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, everything from the API reaches the page only as text nodes and safe attributes.
'use strict';

window.Sitrep.eventPage = (function () {
  const { el, append, articleHref, countsText, placeText, actorText, deniedText, dateText, statusBadge, located,
    keyTerms, highlighted } = window.Sitrep;

  // The event {@code id} in {@code view}.
  async function show(view, id) {
    const ev = await window.Sitrep.loadDoc(view, 'event', id);
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

  return { show };
})();
