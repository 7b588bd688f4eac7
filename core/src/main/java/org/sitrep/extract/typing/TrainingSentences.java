package org.sitrep.extract.typing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;

/**
 * Reads the project's own labelled sentences (typing/training-sentences.tsv) and checks every label against
 * the ontology, so a typo in the data fails at load rather than becoming a class of its own.
 */
public final class TrainingSentences {
    public static final String RESOURCE = "/typing/training-sentences.tsv";

    private TrainingSentences() {
    }

    /** The sentences of the project's training file. */
    public static List<LabelledSentence> load() {
        return read(RESOURCE);
    }

    /** The sentences of a two-column resource (label, sentence). */
    public static List<LabelledSentence> read(String resource) {
        Set<String> legal = new HashSet<>();
        for (String[] r : Tsv.read("/ontology/event-types.tsv")) {
            legal.add(r[1].strip().toLowerCase(Locale.ROOT));
        }
        List<LabelledSentence> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(resource, 2)) {
            String label = r.get(0);
            if (!label.equals(LabelledSentence.NO_EVENT) && !legal.contains(label.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(resource + " line " + r.line() + ": unknown sub-event type '" + label + "'");
            }
            out.add(new LabelledSentence(label, r.get(1)));
        }
        return List.copyOf(out);
    }
}
