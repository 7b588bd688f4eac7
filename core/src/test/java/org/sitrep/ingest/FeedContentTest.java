// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A feed item's content is read as the ingest reads markup, and plain-text content is taken as written. */
class FeedContentTest {
    @Test
    void markupKeepsItsParagraphsAndLosesScriptsAndStyles() {
        String html = "<p>Rockets struck the depot near Lake Town on Friday.</p>"
                + "<script>var tracker = 'ad';</script><style>p { color: red }</style>"
                + "<p>Two guards were wounded, the <b>port authority</b> said &amp; closed the gate.</p>";
        assertThat(FeedContent.text(html, "text/html")).isEqualTo("Rockets struck the depot near Lake Town on Friday."
                + "\n\nTwo guards were wounded, the port authority said & closed the gate.");
        assertThat(FeedContent.text(html, "html")).isEqualTo(FeedContent.text(html, null));
    }

    @Test
    void plainTextContentIsTakenAsWritten() {
        String text = "Prices rose by <5% in Hill District, R&D staff said &amp; left.\nA second line.";
        assertThat(FeedContent.text(text, "text")).isEqualTo(text);
        assertThat(FeedContent.text("  " + text + "\r\n", "text/plain")).isEqualTo(text);
    }

    @Test
    void aWholePageIsLeftForTheTextChecksToRefuse() {
        String page = "<!DOCTYPE html><html><head><title>Home</title></head><body><nav>Menu</nav><p>Body</p></body></html>";
        assertThat(FeedContent.text(page, "html")).isEqualTo(page);
    }

    @Test
    void onlyMarkupIsNoText() {
        assertThat(FeedContent.text("<script>alert(1)</script>", "html")).isEmpty();
        assertThat(FeedContent.text(null, "html")).isEmpty();
    }

    @Test
    void aTitleIsOneLineWithoutMarkup() {
        assertThat(FeedContent.title("Floods in <i>River</i>\n  Province &amp; beyond")).isEqualTo("Floods in River Province & beyond");
        assertThat(FeedContent.title("  ")).isNull();
        assertThat(FeedContent.title(null)).isNull();
    }
}
