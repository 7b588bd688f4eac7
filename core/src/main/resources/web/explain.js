// Sitrep web UI: the event page's explanation: why each report joined the event and which rule chose each
// headline value (events.jsonl's "explanation", docs/output.md). SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, outlet names, rules and values reach the page only as text nodes.
'use strict';

window.Sitrep.explanation = (function () {
  const { el } = window.Sitrep;
  const FIELDS = { type: 'Type', date: 'Date', location: 'Location' };

  /** The section for one event, or null when the event carries no explanation (an older store). */
  function section(ev) {
    const x = ev && ev.explanation;
    const reports = (x && x.reports) || [];
    const headline = (x && x.headline) || [];
    if (!reports.length && !headline.length) return null;
    const box = el('section', { class: 'explanation', id: 'explanation', 'aria-label': 'Why this event' },
      el('h3', { text: 'Why these reports, and how the headline was chosen' }));
    if (reports.length) {
      box.appendChild(el('h4', { text: 'Reports' }));
      box.appendChild(el('ol', { class: 'why-reports', id: 'why-reports' }, reports.map((r) => el('li', { 'data-mention-id': r.mention_id || '' },
        el('strong', { text: r.outlet || 'unknown outlet' }), ' — ',
        el('span', { class: 'why-how', text: r.how || '' }),
        (r.features || []).length ? [': ', (r.features || []).map((f, i) => [i ? ', ' : '', el('span', { class: 'feature', text: f })])] : null))));
    }
    if (headline.length) {
      box.appendChild(el('h4', { text: 'Headline values' }));
      const table = el('table', { class: 'why-headline', id: 'why-headline' },
        el('tr', null, el('th', { text: 'Field' }), el('th', { text: 'Value' }), el('th', { text: 'Chosen by' })));
      for (const h of headline) {
        table.appendChild(el('tr', { 'data-field': h.field || '' },
          el('td', { text: FIELDS[h.field] || String(h.field || '').replace(/_/g, ' ') }),
          el('td', { text: h.value ?? 'none' }),
          el('td', { text: h.rule || '' })));
      }
      box.appendChild(table);
    }
    return box;
  }

  return section;
})();
