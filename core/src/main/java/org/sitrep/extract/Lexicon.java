package org.sitrep.extract;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventType;
import org.sitrep.model.Qualifier;

/** The extract stage's word lists, loaded once from src/main/resources/lexicon. */
final class Lexicon {
    record Frame(String name, EventType defaultType, int priority) {
        boolean subTypeDecidedByClassifier() {
            return "*".equals(defaultType.subEventType());
        }
    }

    final PhraseMatcher<String> triggers = new PhraseMatcher<>();
    final Map<String, Frame> frames = new HashMap<>();
    final PhraseMatcher<String> cues = new PhraseMatcher<>();
    final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
    final PhraseMatcher<Integer> vague = new PhraseMatcher<>();
    final Map<String, String> peopleNouns = new HashMap<>();
    final Map<String, String> casualtyRoles = new HashMap<>();
    final Map<String, String> speech = new HashMap<>();
    final PhraseMatcher<String> speechPhrases = new PhraseMatcher<>();

    private static final Lexicon INSTANCE = new Lexicon();

    static Lexicon get() {
        return INSTANCE;
    }

    private Lexicon() {
        for (String[] r : Tsv.read("/lexicon/triggers.tsv")) {
            triggers.add(r[0], r[1]);
        }
        for (String[] r : Tsv.read("/lexicon/frames.tsv")) {
            frames.put(r[0], new Frame(r[0], new EventType(r[1], r[2]), Integer.parseInt(r[3].trim())));
        }
        for (String[] r : Tsv.read("/lexicon/cues.tsv")) {
            cues.add(r[0], r[1]);
        }
        for (String[] r : Tsv.read("/lexicon/qualifiers.tsv")) {
            qualifiers.add(r[0], Qualifier.fromCode(r[1]));
        }
        for (String[] r : Tsv.read("/lexicon/vague-counts.tsv")) {
            vague.add(r[0], Integer.parseInt(r[1].trim()));
        }
        for (String[] r : Tsv.read("/lexicon/people-nouns.tsv")) {
            peopleNouns.put(r[0], r[1]);
        }
        for (String[] r : Tsv.read("/lexicon/casualty-verbs.tsv")) {
            casualtyRoles.put(r[0], r[1]);
        }
        for (String[] r : Tsv.read("/lexicon/speech.tsv")) {
            if (r[0].contains(" ")) {
                speechPhrases.add(r[0], r[1]);
            } else {
                speech.put(r[0], r[1]);
            }
        }
    }

    Frame frame(String name) {
        Frame f = frames.get(name);
        if (f == null) {
            throw new IllegalStateException("frame " + name + " in triggers.tsv is missing from frames.tsv");
        }
        return f;
    }

}
