// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text a reader never sees (an element hidden by an inline style or an attribute) is not article text, also on the
 * readability path, which drops style attributes before the text is rendered.
 */
class HtmlHiddenTextTest {
    private static final String FIRST = "Rockets struck the fuel depot near Lake Town on Friday night, setting two "
            + "tanks alight, the port authority said.";
    private static final String SECOND = "Two guards were wounded and the gate stayed shut on Saturday while fire "
            + "crews from the district worked to contain the blaze.";

    @Test
    void hiddenElementsInsideTheArticleAreLeftOut() throws RejectedInput {
        String page = "<!DOCTYPE html><html><head><title>Depot hit</title></head><body><article>"
                + "<p>" + FIRST + "</p>"
                + "<div style=\"display: none\">Subscribe now for unlimited access</div>"
                + "<p style=\"visibility:hidden\">Tracking pixel text</p>"
                + "<span hidden>Hidden teaser</span><div aria-hidden=\"true\">Decorative caption</div>"
                + "<p>" + SECOND + "</p></article></body></html>";
        HtmlExtractor.Extracted e = HtmlExtractor.extract(page, 50);
        assertThat(e.text()).isEqualTo(FIRST + "\n\n" + SECOND);
    }
}
