// Sitrep web UI: DOM, API and formatting helpers shared by the other scripts.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: every string that comes from the API (article text, sentences, outlet names, actor names,
// places, titles, snippets, error messages) is put into the page ONLY through textContent /
// document.createTextNode / setAttribute on safe attributes. No HTML-parsing sink is used. See docs/ui.md.
'use strict';

window.Sitrep = (function () {
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

  function articleHref(id) { return '#/article/' + encodeURIComponent(id); }
  // SVG elements for the charts; attributes are numbers and fixed names, text goes in through textContent.
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'text') e.textContent = String(v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) if (c) e.appendChild(c);
    return e;
  }

  // ---- API ----
  async function api(path, opts) {
    const r = await fetch(path, Object.assign({ headers: { Accept: 'application/json' } }, opts || {}));
    if (!r.ok) {
      // the API's JSON error says why (a bad filter, a search query it cannot parse): shown as text, with the status
      const why = await r.json().then((b) => (b && typeof b.error === 'string' ? b.error : ''), () => '');
      const err = new Error(why ? why + ' (HTTP ' + r.status + ')' : 'HTTP ' + r.status + ' for ' + path);
      err.status = r.status;
      throw err;
    }
    return r.json();
  }
  // A page of one article or event in {@code view}: a loading line, then the document, or why it could not be had
  // (then null).
  async function loadDoc(view, what, id) {
    clear(view);
    append(view, el('p', { class: 'muted', text: 'Loading ' + what + '…' }));
    try {
      const doc = await api('/api/' + what + 's/' + encodeURIComponent(id));
      clear(view);
      return doc;
    } catch (e) {
      clear(view);
      append(view, el('p', { class: 'error', text: e.status === 404 ? 'No such ' + what + '.' : 'Could not load the ' + what + ': ' + e.message }));
      return null;
    }
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
  // A denier as the article names them, with the normalized actor when that differs; older stores hold plain names.
  function deniedText(d) {
    if (!d || typeof d === 'string') return d || '';
    return d.text && d.name && d.text.toLowerCase().indexOf(d.name.toLowerCase()) < 0 ? d.text + ' (' + d.name + ')' : d.text || d.name || '';
  }
  // An unresolved date stays undated, with the article's words when it has any (never a guessed day).
  function dateText(ev) {
    if (!ev.date) return ev.date_text ? 'undated (“' + ev.date_text + '”)' : 'undated';
    return ev.date_end && ev.date_end !== ev.date ? ev.date + ' – ' + ev.date_end : ev.date;
  }
  function statusBadge(status) {
    return el('span', { class: 'badge status-' + String(status || 'unknown').replace(/[^a-z]/g, ''), text: status || 'unknown' });
  }
  function located(p) { return p && typeof p.lat === 'number' && typeof p.lon === 'number'; }

  // The words in a sentence that carry the extracted values: count phrases, actor and place words, date words.
  function keyTerms(x) {
    const t = [];
    for (const c of Object.values(x.counts || {})) if (c && c.text) t.push(c.text);
    for (const a of [x.actor1, x.actor2]) if (a && a.text) t.push(a.text);
    for (const p of [x.location, x.origin, x.destination]) if (p) { if (p.text) t.push(p.text); if (p.name) t.push(p.name); }
    if (x.date_text) t.push(x.date_text);
    for (const d of x.denied_by || []) t.push(typeof d === 'string' ? d : d && d.text);
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

  return { el, append, clear, safeHref, eventHref, articleHref, api, loadDoc, countValue, countPhrase, countsText, placeText,
    actorText, deniedText, dateText, statusBadge, located, keyTerms, highlighted, svg };
})();
