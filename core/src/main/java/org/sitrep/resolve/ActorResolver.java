package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Pronouns;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorRef;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.model.ActorType;

/** Normalizes actor phrases and claimed sources through the actor and source dictionaries. */
final class ActorResolver {
    /** Pronouns standing for an actor named elsewhere: no name to look up (lexicon/pronouns.tsv). */
    private static final Set<String> PRONOUNS = Pronouns.of(Pronouns.Use.ACTOR);

    /** "(military forces of )(India) and (Pakistan)". */
    private static final Pattern COORDINATED_OF = Pattern.compile("(.*?\\bof\\s+(?:the\\s+)?)(\\p{Lu}[\\p{L} ]*?)"
            + "\\s+and\\s+(?:the\\s+)?(\\p{Lu}[\\p{L} ]*)");
    /** "(Indian) and (Pakistani) (troops)": two country words sharing one force noun. */
    private static final Pattern COORDINATED_ADJECTIVES = Pattern.compile("(?:the\\s+)?(\\p{Lu}[\\p{L}]*)\\s+and\\s+"
            + "(\\p{Lu}[\\p{L}]*)\\s+(\\p{Ll}[\\p{L} ]*)");

    /** One lower-case word, no determiner or country: "forces", "troops". */
    private static final Pattern BARE_NOUN = Pattern.compile("\\p{Ll}+");
    /** One capitalised word with a plural ending: "Palestinians", "Iraqis". */
    private static final Pattern PLURAL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+s");

    private final ActorDictionary dictionary;

    ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The actor a phrase names, or null. */
    Actor actor(ActorRef ref, String countryHint) {
        if (ref == null || PRONOUNS.contains(ref.text().toLowerCase())) {
            return null;
        }
        Optional<Actor> whole = dictionary.normalize(ref.text(), countryHint);
        if (whole.isPresent()) {
            return withText(whole.get(), ref.text());
        }
        // "the bases of the so-called Army of Islam extremist fighters near the village": the named group inside
        List<ActorMatch> inside = dictionary.find(ref.text());
        ActorMatch best = null;
        for (ActorMatch m : inside) {
            if (best == null || best.generic() && !m.generic()) {
                best = m;
            }
        }
        if (best == null) {
            return nationals(ref);
        }
        Actor a = best.actor();
        if (best.countryUnknown()) {
            Optional<Actor> filled = dictionary.normalize(best.text(), countryHint);
            if (filled.isEmpty()) {
                return null;
            }
            a = filled.get();
        }
        return withText(a, ref.text());
    }

    /**
     * Both sides of an event: one force cut in two by the parser ("the Military Police" read as "Military" and
     * "Police", "military police forces" as "military" and "military police forces") is one state actor, in the
     * first side; two sides that name the same actor are one.
     */
    Actor[] sides(ActorRef r1, ActorRef r2, String sentence, String countryHint) {
        Actor a1 = foreignForNoun(r1, actor(r1, countryHint), sentence, countryHint);
        Actor a2 = actor(r2, countryHint);
        if (state(a1) && state(a2)) {
            String t1 = r1.text().strip();
            String t2 = r2.text().strip();
            String joined = adjacent(sentence, t1, t2) ? t1 + " " + t2 : adjacent(sentence, t2, t1) ? t2 + " " + t1
                    : contains(t2, t1) ? t2 : contains(t1, t2) ? t1 : null;
            Actor one = joined == null ? null : actor(new ActorRef(joined, r1.head()), countryHint);
            if (state(one)) {
                return new Actor[]{one, null};
            }
        }
        if (a1 != null && a2 != null && a1.name().equals(a2.name())) {
            a2 = null;
        }
        if (a2 == null && state(a1)) {
            Actor[] both = coordinated(r1.text(), r1.head(), countryHint);
            if (both != null) {
                return both;
            }
        }
        return new Actor[]{a1, a2};
    }

    /**
     * A bare force noun after "of" ("movement of forces", "a withdrawal of troops") read as the article country's
     * forces, in a sentence that names a foreign state's forces ("Movement of forces: Turkish forces brought
     * reinforcements to their posts"): the foreign forces.
     */
    private Actor foreignForNoun(ActorRef ref, Actor a, String sentence, String countryHint) {
        if (a == null || ref == null || a.type() != ActorType.STATE_FORCES || !BARE_NOUN.matcher(ref.text()).matches()
                || !Pattern.compile("(?i)\\bof\\s+" + Pattern.quote(ref.text()) + "\\b(?!\\s+of\\b)").matcher(sentence).find()) {
            return a; // only the noun of a heading or nominal phrase ("movement of forces"), never troops acting
        }
        for (ActorMatch m : dictionary.find(sentence, countryHint)) {
            if (!m.generic() && m.actor().type() == ActorType.FOREIGN_STATE) {
                return withText(m.actor(), m.text());
            }
        }
        return a;
    }

    /**
     * "military forces of India and Pakistan", "Indian and Pakistani troops": the forces of two countries, the forces
     * of the event's own country first (ACLED's actor1; the other is external), else in the order written; null
     * unless both are state actors of different countries.
     */
    private Actor[] coordinated(String phrase, String head, String countryHint) {
        Matcher of = COORDINATED_OF.matcher(phrase.strip());
        String first = null;
        String second = null;
        if (of.matches()) {
            first = of.group(1) + of.group(2);
            second = of.group(1) + of.group(3);
        } else {
            Matcher adj = COORDINATED_ADJECTIVES.matcher(phrase.strip());
            if (adj.matches() && dictionary.countryOf(adj.group(1)).isPresent()
                    && dictionary.countryOf(adj.group(2)).isPresent()) {
                first = adj.group(1) + " " + adj.group(3);
                second = adj.group(2) + " " + adj.group(3);
            }
        }
        if (first == null) {
            return null;
        }
        Actor a = actor(new ActorRef(first, head), countryHint);
        Actor b = actor(new ActorRef(second, head), countryHint);
        if (!state(a) || !state(b) || a.name().equals(b.name())) {
            return null;
        }
        return a.type() == ActorType.FOREIGN_STATE && b.type() == ActorType.STATE_FORCES ? new Actor[]{b, a}
                : new Actor[]{a, b};
    }

    /** Whether the sentence has {@code a} followed by one space and {@code b}, both whole words. */
    private static boolean adjacent(String sentence, String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(a) + " "
                + Pattern.quote(b) + "(?![\\p{L}\\d])").matcher(sentence).find();
    }

    /** Whether phrase {@code outer} holds {@code inner} as whole words, and is longer. */
    private static boolean contains(String outer, String inner) {
        return outer.length() > inner.length() && !inner.isEmpty() && Pattern.compile("(?i)(?<![\\p{L}\\d])"
                + Pattern.quote(inner) + "(?![\\p{L}\\d])").matcher(outer).find();
    }

    /**
     * A nation's people named by its plural demonym alone ("Palestinians clashed with troops", "Afghans"): people, not
     * a force or a group, which no dictionary row names; civilians until the event type makes them rioters or
     * protesters. The demonym is an adjective of countries.tsv with a plural ending; a capitalised single word only.
     */
    private Actor nationals(ActorRef ref) {
        String w = ref.text().strip();
        if (!PLURAL_NAME.matcher(w).matches()) {
            return null;
        }
        String one = w.substring(0, w.length() - 1);
        boolean demonym = dictionary.countryOf(one).isPresent() && dictionary.countryName(dictionary.countryOf(one).get())
                .map(n -> !n.equalsIgnoreCase(one)).orElse(false);
        return demonym ? new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, w) : null;
    }

    private static Actor withText(Actor a, String text) {
        return new Actor(a.name(), a.type(), text);
    }

    static boolean armed(Actor a) {
        return a != null && a.type() != null && a.type().armed();
    }

    static boolean state(Actor a) {
        ActorType t = a == null ? null : a.type();
        return a != null && (t == ActorType.STATE_FORCES || t == ActorType.FOREIGN_STATE
                || a.name().startsWith("Government of") || a.name().startsWith("Military Forces of"));
    }

    /** Normalized, de-duplicated source names. */
    List<String> sources(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : phrases) {
            p = p.replaceFirst("(?i)^(and|but|or|while)\\s+", "");
            String n = dictionary.normalizeSource(p);
            if (n != null && !n.isBlank()) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** The country an adjective or name stands for ("Syrian" is SY), if any. */
    Optional<String> countryOf(String word) {
        return dictionary.countryOf(word);
    }
}
