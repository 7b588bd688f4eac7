// Sitrep web UI: the event page's analyst corrections (split, merge, set a headline value, undo).
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: every string from the API or typed by the analyst (notes, names, outlets, error messages) is put
// into the page ONLY through textContent / createTextNode / setAttribute on safe attributes, via Sitrep.el.
// No HTML-parsing sink is used. The write token is kept in memory for this page's lifetime only, never in
// storage or the URL. See docs/ui.md and docs/corrections.md.
'use strict';

window.Sitrep.corrections = (function () {
  const { el, append, clear, eventHref } = window.Sitrep;
  const FIELDS = ['fatalities', 'injured', 'displaced', 'date', 'location', 'sub_event_type', 'status'];
  // kept while the page is open, so the analyst types them once
  const session = { token: '', by: '' };

  function describe(c) {
    const ids = c.mention_ids || [];
    if (c.kind === 'split') return 'Split ' + (ids[0] || '?') + ' off ' + ids.slice(1).join(', ');
    if (c.kind === 'merge') return 'Merged ' + ids.length + ' reports: ' + ids.join(', ');
    return 'Set ' + (c.field || '?') + ' to ' + (c.value ?? '?') + ' (the machine: ' + (c.machine_value ?? 'none') + ')';
  }

  async function send(path, body, status) {
    clear(status);
    if (!session.token || !session.by) {
      append(status, el('p', { class: 'error', text: 'Enter the API token and your name first.' }));
      return null;
    }
    let r;
    try {
      r = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + session.token },
        body: JSON.stringify(Object.assign({ by: session.by }, body)),
      });
    } catch (e) {
      append(status, el('p', { class: 'error', text: 'Request failed: ' + e.message }));
      return null;
    }
    let data = null;
    try { data = await r.json(); } catch (e) { data = null; }
    if (r.status === 401 || r.status === 403) {
      append(status, el('p', { class: 'error', text: 'The token was refused (HTTP ' + r.status + ').' }));
      return null;
    }
    if (!r.ok) {
      append(status, el('p', { class: 'error', text: 'Refused (HTTP ' + r.status + '): ' + ((data && data.error) || 'no reason given') }));
      return null;
    }
    return data;
  }

  // After a correction the event's id usually changes: go to the event the server says to go on with.
  function done(data, status, ev) {
    if (!data) return;
    const next = data.event_id || ev.id;
    append(status, el('p', { class: 'notice', id: 'correction-saved', text: 'Saved ' + data.correction.id + '.' }));
    if (next !== ev.id) location.hash = eventHref(next);
    else window.dispatchEvent(new HashChangeEvent('hashchange'));
  }

  // The Corrections section of an event page.
  function panel(ev) {
    const box = el('section', { class: 'corrections', id: 'corrections', 'aria-label': 'Corrections' },
      el('h3', { text: 'Corrections' }));
    const status = el('div', { id: 'correction-status', role: 'status' });
    const list = el('ul', { class: 'correction-list', id: 'correction-list' });
    for (const c of ev.corrections || []) {
      const undo = el('button', { type: 'button', class: 'correction-undo', 'data-correction-id': c.id, text: 'Undo' });
      undo.addEventListener('click', async () => done(await send('/api/corrections/' + encodeURIComponent(c.id) + '/undo', {}, status), status, ev));
      append(list, el('li', { class: 'correction correction-' + String(c.kind || '').replace(/[^a-z_]/g, ''), 'data-correction-id': c.id },
        el('strong', { text: describe(c) }), ' — ', c.by || 'unknown', ', ', c.at || '',
        c.note ? [' — ', el('span', { class: 'correction-note', text: c.note })] : '', ' ', undo));
    }
    if (!list.firstChild) append(list, el('li', { class: 'muted', text: 'No analyst has corrected this event.' }));
    append(box, list);

    const token = el('input', { id: 'correct-token', type: 'password', autocomplete: 'off', value: session.token });
    const by = el('input', { id: 'correct-by', type: 'text', autocomplete: 'name', maxlength: '200', value: session.by });
    const note = el('input', { id: 'correct-note', type: 'text', maxlength: '2000', placeholder: 'why (optional)' });
    token.addEventListener('input', () => { session.token = token.value.trim(); });
    by.addEventListener('input', () => { session.by = by.value.trim(); });
    const withNote = (body) => (note.value.trim() ? Object.assign({ note: note.value.trim() }, body) : body);

    const accounts = ev.accounts || [];
    const report = el('select', { id: 'split-report' }, accounts.map((a) =>
      el('option', { value: a.mention_id || '', text: (a.outlet || 'unknown outlet') + ' — ' + (a.doc_id || a.mention_id || '') })));
    const split = el('button', { type: 'button', id: 'split-submit', text: 'Split off', disabled: accounts.length < 2 ? 'disabled' : null });
    split.addEventListener('click', async () => done(await send('/api/corrections',
      withNote({ kind: 'split', event_id: ev.id, mention_id: report.value }), status), status, ev));

    const other = el('input', { id: 'merge-other', type: 'text', placeholder: 'ev-…', maxlength: '200' });
    const merge = el('button', { type: 'button', id: 'merge-submit', text: 'Merge' });
    merge.addEventListener('click', async () => done(await send('/api/corrections',
      withNote({ kind: 'merge', event_id: ev.id, other_event_id: other.value.trim() }), status), status, ev));

    const field = el('select', { id: 'set-field' }, FIELDS.map((f) => el('option', { value: f, text: f.replace(/_/g, ' ') })));
    const value = el('input', { id: 'set-value', type: 'text', maxlength: '1000' });
    const set = el('button', { type: 'button', id: 'set-submit', text: 'Correct' });
    set.addEventListener('click', async () => done(await send('/api/corrections',
      withNote({ kind: 'set_value', event_id: ev.id, field: field.value, value: value.value.trim() }), status), status, ev));

    append(box, el('div', { class: 'correction-form' },
      el('p', { class: 'muted', text: 'Corrections are kept with your name and the time, hold when new reports arrive, and can be undone.' }),
      el('label', null, 'API token ', token), ' ', el('label', null, 'Your name ', by), ' ', el('label', null, 'Note ', note),
      el('div', null, el('label', null, 'Report ', report), ' ', split),
      el('div', null, el('label', null, 'Merge with event ', other), ' ', merge),
      el('div', null, el('label', null, 'Field ', field), ' ', el('label', null, 'Value ', value), ' ', set)),
      status);
    return box;
  }

  return { panel };
})();
