// Sitrep web UI: the "Add articles" page: a token and article JSON posted to /api/articles, then the ingest
// job's progress polled until it ends. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, the server's answers (job states, errors) reach the page only as text nodes; the token
// goes only into the Authorization header of the one POST, never into the page, the URL or storage.
'use strict';

window.Sitrep.addArticles = (function () {
  const { el, append, clear, api } = window.Sitrep;
  let pollTimer = null;

  /** The form in {@code view}: a token, the JSON, and the job's progress once the server takes it. */
  function show(view) {
    clear(view);
    const token = el('input', { id: 'add-token', name: 'token', type: 'password', autocomplete: 'off', required: 'required' });
    const body = el('textarea', { id: 'add-json', name: 'json', rows: '14', spellcheck: 'false', required: 'required',
      placeholder: '{"id": "...", "outlet": "...", "url": "...", "published": "2024-01-31", "title": "...", "text": "..."}  or an array of them' });
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
      if (r.status === 401) { append(status, el('p', { class: 'error', text: 'The token was refused (HTTP 401).' })); return; }
      if (!r.ok) {
        // the server's JSON error says why (writes disabled, a full ingest queue, a body too large, a malformed
        // article), as text
        const why = await r.json().then((b) => (b && b.error ? ': ' + b.error : ''), () => '');
        append(status, el('p', { class: 'error', text: 'The server refused the articles (HTTP ' + r.status + ')' + why + '.' }));
        return;
      }
      const { job, warnings } = await r.json();
      append(status, el('p', { id: 'add-job', text: 'Job ' + job + ' accepted.' }));
      // fields the articles were read without (a misspelt "titel"), as the server words them
      if (warnings && warnings.length) {
        append(status, el('ul', { id: 'add-warnings', class: 'warnings' }, warnings.map((w) => el('li', { text: String(w) }))));
      }
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
      if (j.state === 'queued' || j.state === 'running') pollTimer = setTimeout(tick, 500);
    };
    tick();
  }

  /** Stops polling a job (the page is left). */
  function stop() {
    if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; }
  }

  return { show, stop };
})();
