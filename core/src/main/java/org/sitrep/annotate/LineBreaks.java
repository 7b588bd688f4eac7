package org.sitrep.annotate;

/**
 * Chooses how newlines split sentences. Web-scraped news puts each paragraph, headline and caption on
 * its own line, so every newline ends a sentence (otherwise a headline without a full stop merges with
 * the next sentence). Hard-wrapped text breaks lines mid-sentence, so only blank lines may end one.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    static boolean hardWrapped(String text) {
        String[] lines = text.split("\n");
        int breaks = 0;
        int midSentence = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String cur = lines[i].strip();
            String next = lines[i + 1].strip();
            if (cur.isEmpty() || next.isEmpty()) {
                continue;
            }
            breaks++;
            char last = cur.charAt(cur.length() - 1);
            boolean endsOpen = Character.isLetterOrDigit(last) || last == ',';
            if (endsOpen && Character.isLowerCase(next.charAt(0))) {
                midSentence++;
            }
        }
        return breaks >= 3 && midSentence * 3 >= breaks;
    }
}
