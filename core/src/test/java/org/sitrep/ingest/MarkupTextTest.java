// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** HTML markup in a JSONL record's text and title is read as an .html file's is, not as words of the article. */
class MarkupTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    @Test
    void inlineTagsAreDroppedAndTheTextsOwnLinesKept() {
        assertThat(MarkupText.plain("<b>Green</b> Cross medics said a mortar round hit the ferry pier at Ostrel.\n"
                + "Five <i>dockers</i> were hurt."))
                .isEqualTo("Green Cross medics said a mortar round hit the ferry pier at Ostrel.\nFive dockers were hurt.");
    }

    @Test
    void blockTagsGiveTheParagraphsAndWhiteSpaceIsCollapsedAsInAPage() {
        assertThat(MarkupText.plain("<p>Militiamen burned\n  two granaries in Velk on Sunday.</p>"
                + "<p>No one was hurt,<br>the mayor said.</p>"))
                .isEqualTo("Militiamen burned two granaries in Velk on Sunday.\n\nNo one was hurt,\nthe mayor said.");
    }

    @Test
    void referencesAreDecodedAndScriptsStylesCommentsAndHiddenElementsLeftOut() {
        assertThat(MarkupText.plain("Rebels &amp; soldiers traded fire near Dunmore&#8217;s mill."))
                .isEqualTo("Rebels & soldiers traded fire near Dunmore\u2019s mill.");
        assertThat(MarkupText.plain("<script>track()</script><style>p{}</style><!-- ad -->"
                + "<span hidden>Subscribe now</span>Shelling closed the school in Harrowgate."))
                .isEqualTo("Shelling closed the school in Harrowgate.");
    }

    @Test
    void textWithoutMarkupIsKeptExactlyAsWritten() {
        for (String s : List.of("Prices rose by <5% after the raid on the depot at Kelso, traders said.",
                "The R&D unit at the arms plant in Tovrin was hit; AT&T lines went down.",
                "A crowd chanted \"<< enough >>\" outside the court in Brel.\n\nTwo were held.",
                "Q&A; the governor spoke")) {
            assertThat(MarkupText.hasMarkup(s)).as(s).isFalse();
            assertThat(MarkupText.plain(s)).isSameAs(s);
        }
    }

    @Test
    void aJsonlTextAndTitleWithMarkupAreStoredAsPlainText() throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", "k1").put("title", "<em>Pier</em> hit")
                .put("text", "<b>Green</b> Cross medics said a mortar round hit the ferry pier at Ostrel on Friday.");
        Path feed = Files.writeString(dir.resolve("k.jsonl"), o + "\n");

        Article a = ingest.read(List.of(feed)).articles().get(0);

        assertThat(a.title()).isEqualTo("Pier hit");
        assertThat(a.text()).isEqualTo("Green Cross medics said a mortar round hit the ferry pier at Ostrel on Friday.");
    }

    @Test
    void aTextOfMarkupAloneIsAnErrorSayingSo() throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", "k2").put("text", "<div><script>var x = 1;</script></div>");
        Path feed = Files.writeString(dir.resolve("k2.jsonl"), o + "\n");

        assertThat(ingest.read(List.of(feed)).errors()).extracting(InputError::input, InputError::reason)
                .containsExactly(tuple(feed + ":1", "text holds only HTML markup (no text outside its tags, scripts "
                        + "and hidden elements)"));
    }

    @Test
    void aWholePageIsStillRefusedNotReducedToItsMenus() throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", "k3").put("text", "<!DOCTYPE html><html><body><nav>Home | "
                + "World</nav><p>Mortar fire hit the ferry pier at Ostrel on Friday, medics said.</p></body></html>");
        Path feed = Files.writeString(dir.resolve("k3.jsonl"), o + "\n");

        assertThat(ingest.read(List.of(feed)).errors()).extracting(InputError::reason)
                .singleElement().asString().startsWith("the text is a whole HTML page");
    }
}
