package org.sitrep.resolve.actor;

import org.sitrep.common.Tsv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Country names, adjectives, capital metonyms and other names from {@code /actors/countries.tsv}.
 * Where one word is listed for two countries the earlier line wins.
 */
final class Countries {

    static final String RESOURCE = "/actors/countries.tsv";

    private final Map<String, String> names = new HashMap<>();      // ISO2 -> name
    private final Map<String, String> adjectives = new HashMap<>(); // ISO2 -> preferred adjective
    /** adjectives, plus capital-letter short names ("DRC", "UAE"), usable before a noun: "Syrian troops", "UAE forces" */
    final PhraseTrie<String> attributive = new PhraseTrie<>();
    /** country names and other names: "Syria", "Burma", "Democratic Republic of the Congo" */
    final PhraseTrie<String> named = new PhraseTrie<>();
    /** capitals and other government metonyms: "Moscow", "the Kremlin" */
    final PhraseTrie<String> capitals = new PhraseTrie<>();

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:['’][sS]?)$");

    Countries() {
        for (Tsv.Row row : Tsv.read(RESOURCE, 5)) {
            String iso = row.get(0);
            if (!ISO2.matcher(iso).matches()) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": bad ISO2 code '" + iso + "'");
            }
            if (names.containsKey(iso)) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": duplicate ISO2 code " + iso);
            }
            String name = row.get(1);
            if (name.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": empty country name");
            }
            names.put(iso, name);
            List<String> adj = Tsv.list(row.get(2));
            adjectives.put(iso, adj.isEmpty() ? name : adj.get(0));
            for (String a : adj) {
                attributive.add(a, iso);
            }
            named.add(name, iso);
            for (String c : Tsv.list(row.get(3))) {
                capitals.add(c, iso);
            }
            for (String o : Tsv.list(row.get(4))) {
                named.add(o, iso);
                if (Token.tokenize(o).size() == 1 && Token.acronymLike(o)) {
                    attributive.add(o, iso);
                }
            }
        }
    }

    int size() {
        return names.size();
    }

    Optional<String> name(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(names.get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** The preferred adjective ("Russian", "US", "British"); the country name when none is listed. */
    Optional<String> adjective(String iso2) {
        return iso2 == null ? Optional.empty()
                : Optional.ofNullable(adjectives.get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** ISO2 for a whole phrase that is a country name, other name, adjective or capital metonym. */
    Optional<String> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = LEADING_THE.matcher(word.strip()).replaceFirst("");
        w = TRAILING_POSSESSIVE.matcher(w).replaceFirst("").strip();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        List<Token> toks = Token.tokenize(w);
        for (PhraseTrie<String> trie : List.of(named, attributive, capitals)) {
            List<String> isos = trie.whole(w, toks);
            if (!isos.isEmpty()) {
                return Optional.of(isos.get(0));
            }
        }
        return Optional.empty();
    }

    /** ISO2 for a whole phrase that is a country name, other name or capital metonym (not an adjective). */
    Optional<String> ofNounPhrase(String phrase, List<Token> toks) {
        for (PhraseTrie<String> trie : List.of(named, capitals)) {
            List<String> isos = trie.whole(phrase, toks);
            if (!isos.isEmpty()) {
                return Optional.of(isos.get(0));
            }
        }
        return Optional.empty();
    }
}
