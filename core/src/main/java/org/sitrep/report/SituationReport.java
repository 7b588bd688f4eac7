// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

/**
 * A situation report rendered two ways from the same content.
 *
 * @param markdown the report as Markdown
 * @param html     the report as one self-contained HTML page (inline CSS, no scripts, no external resources)
 */
public record SituationReport(String markdown, String html) {
}
