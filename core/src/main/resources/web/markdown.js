// Sitrep web UI: the report pages' Markdown (timeline, situation report from /api/timeline and /api/sitrep)
// read into headings, list items, tables and paragraphs. SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY: as in dom.js, every piece of the Markdown (article text among it) reaches the page only as a text
// node; no Markdown becomes markup beyond the element kinds named above.
'use strict';

window.Sitrep.markdown = (function () {
  const { el, append } = window.Sitrep;

  // The server backslash-escapes Markdown's punctuation in article text (report.Doc.md): shown as written.
  function mdText(s) { return s.replace(/\\([!-\/:-@[-`{-~])/g, '$1'); }
  // A table row's cells: split at the pipes between cells, not at an escaped pipe inside one.
  function mdCells(line) {
    return line.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => mdText(c.trim()));
  }

  // A small Markdown reader for the reports: headings, list items, tables and paragraphs, as text nodes only.
  function markdown(md) {
    const out = el('div', { class: 'markdown', id: 'report-body' });
    let list = null;
    let table = null;
    for (const line of md.split('\n')) {
      if (/^\|/.test(line)) {
        if (/^\|[\s|:-]+\|$/.test(line)) continue;
        if (!table) { table = el('table', { class: 'report-table' }); append(out, table); }
        append(table, el('tr', null, mdCells(line).map((c) => el('td', { text: c }))));
        continue;
      }
      table = null;
      const h = /^(#{1,4})\s+(.*)$/.exec(line);
      const li = /^\s*[-*]\s+(.*)$/.exec(line);
      if (li) {
        if (!list) { list = el('ul'); append(out, list); }
        append(list, el('li', { text: mdText(li[1]) }));
        continue;
      }
      list = null;
      if (h) append(out, el('h' + Math.min(6, h[1].length + 2), { text: mdText(h[2]) }));
      else if (line.trim()) append(out, el('p', { text: mdText(line) }));
    }
    return out;
  }

  return markdown;
})();
