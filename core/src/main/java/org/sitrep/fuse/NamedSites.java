package org.sitrep.fuse;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.resolve.place.PlaceWords;

/**
 * The named parts of its place a report tells its event at: a proper name written before a kind word for a part of
 * a town or an area ("the X neighbourhood", "the X sector", "Y district", {@code place-kinds.tsv}) or before a route
 * noun ("the X road", {@code route-nouns.tsv}) or a noun of a spot within a town ("the X square", {@code spot-nouns.tsv}). The resolver places such reports at the town (it seldom lists its
 * parts), so two reports at one town on one day that name different parts, and none in common, tell two incidents
 * (shelling across a line in two sectors, road blocks at two roads of one city). Names of the report's own place and
 * its regions (the note's container, "(X district, Y)") are no part. A report that names no part fits either.
 *
 * <p>One instance serves one fusion run: each report's sentences are read once, the first time a pair needs them,
 * and pairs compare the values.
 */
final class NamedSites {
    /** Nouns of a spot within a town: a square, a roundabout, a street ({@code spot-nouns.tsv}). */
    private static final Set<String> SPOT_NOUNS = Tsv.words("/lexicon/spot-nouns.tsv");
    /** A capitalized word and the word right after it. */
    private static final Pattern NAME_THEN_WORD = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}]*)(?:['’]s)?(?=\\s+(\\p{L}+))");

    /** A named part of a place: its name and its kind word or route noun, in lower case ("qusour", "sector"). */
    record Site(String name, String kind) {
    }

    /** The reports of this run read so far (by identity: two equal reports of two articles are two readings). */
    private final Map<EventMention, Set<Site>> read = new IdentityHashMap<>();

    /** The parts a report of this run names, read on first use. */
    Set<Site> of(EventMention m) {
        return read.computeIfAbsent(m, NamedSites::read);
    }

    /** Two reports of this run that each name parts of their place, and none in common: two incidents. */
    boolean apart(EventMention a, EventMention b) {
        return apart(of(a), of(b));
    }

    /** The parts a mention's evidence sentences name. */
    static Set<Site> read(EventMention m) {
        Set<String> own = null;
        Set<Site> out = Set.of();
        for (Source s : m.sources()) {
            if (s.sentence() == null) {
                continue;
            }
            Matcher x = NAME_THEN_WORD.matcher(s.sentence());
            while (x.find()) {
                String word = x.group(2).toLowerCase(Locale.ROOT);
                if (!partWord(word)) {
                    continue;
                }
                String name = x.group(1).toLowerCase(Locale.ROOT);
                own = own == null ? ownNames(m) : own;
                if (!own.contains(name)) {
                    out = out.isEmpty() ? new HashSet<>() : out;
                    out.add(new Site(name, word));
                }
            }
        }
        return out;
    }

    /** Two sets of parts, each named, and none in common. */
    static boolean apart(Set<Site> a, Set<Site> b) {
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static boolean partWord(String word) {
        PlaceWords.Kind k = PlaceWords.kind(word);
        return k == PlaceWords.Kind.PART || k == PlaceWords.Kind.REGION || PlaceWords.isRouteNoun(word)
                || SPOT_NOUNS.contains(word);
    }

    /** The words of the names of the report's place and its regions, which are no part of it. */
    private static Set<String> ownNames(EventMention m) {
        Set<String> out = new HashSet<>();
        Place p = m.location();
        if (p != null) {
            addWords(out, p.name());
            p.aliases().forEach(a -> addWords(out, a));
            addWords(out, p.admin1());
            addWords(out, p.admin2());
            addWords(out, p.text());
        }
        return out;
    }

    private static void addWords(Set<String> out, String name) {
        if (name != null) {
            for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
    }
}
