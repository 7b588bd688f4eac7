// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quoted input cannot drive a terminal, forge a line or reorder what is shown. */
class PrintableTest {
    @Test
    void controlAndBidiCharactersBecomeQuestionMarks() {
        assertThat(Printable.of("error: \u001B[2J\u001B]0;title\u0007feed.xml")).isEqualTo("error: ?[2J?]0;title?feed.xml");
        assertThat(Printable.of("a\nerror: forged\r")).isEqualTo("a?error: forged?");
        assertThat(Printable.of("file\u202Etxt.exe")).isEqualTo("file?txt.exe");
        assertThat(Printable.of("\u0085\u009B31m")).isEqualTo("??31m");
    }

    @Test
    void lettersOfEveryScriptStay() {
        assertThat(Printable.of("Kaboul, Kābul, كابل, 喀布尔 — 12%")).isEqualTo("Kaboul, Kābul, كابل, 喀布尔 — 12%");
        assertThat(Printable.of(null)).isEqualTo("null");
    }

    @Test
    void linesKeepTheirBreaks() {
        assertThat(Printable.lines("country  rows\nCha\u001Bd  2\n")).isEqualTo("country  rows\nCha?d  2\n");
    }
}
