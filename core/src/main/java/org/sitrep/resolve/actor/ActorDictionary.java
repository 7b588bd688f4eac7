package org.sitrep.resolve.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.common.Memo;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * Actor and source normalization for the {@code resolve} stage: the one entry point over the actor data and rules.
 *
 * <p>Data: {@code /actors/countries.tsv}, {@code /actors/actors.tsv}, {@code /actors/sources.tsv} and the word lists
 * of {@link ActorWords}; each file documents its format in its header. The rules live in small components:
 * {@link ActorFinder} finds every actor of a text (rows and state actors composed by {@link ForceComposer}: "Syrian
 * troops", "Syria's police"), {@link ActorNormalizer} reads the one actor of an agent phrase, {@link SourceNormalizer}
 * names claimed sources.
 *
 * <p><b>Foreign state.</b> With a country hint, a state actor (type state forces) of another country gets type
 * {@code foreign state} (ACLED: external/other forces): "Russian warplanes" in a Syrian article. Without a hint every
 * state actor keeps type state forces and a generic name stays without its country ({@link ActorName}: "Police
 * Forces", never a guessed country), flagged by {@link ActorMatch#countryUnknown()}.
 *
 * <p>Bare country names and capitals ("Moscow announced") are not reported by {@link #find}, because in running text
 * they are mostly places; {@link #normalize} accepts them, since the caller has already decided the phrase is an agent.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActorDictionary {

    static final String ACTORS = "/actors/actors.tsv";
    static final String SOURCES = "/actors/sources.tsv";

    static final String UNIDENTIFIED = ActorClass.UNIDENTIFIED_ARMED_GROUP.label();

    /** A line of actors.tsv. */
    record ActorRow(String alias, ActorName name, ActorType type, String country, int line) {
        boolean generic() {
            return name.ofArticleCountry() || ActorClass.UNIDENTIFIED_ARMED_GROUP.names(name.base()) || type.crowd();
        }

        /** Generic rows for the hint country's own soldiers and police. */
        boolean genericStateForce() {
            return name.form() == ActorName.Form.OF_COUNTRY
                    && (name.base().equals("Military Forces") || name.base().equals("Police Forces"));
        }

        /** Generic rows for armed people, which fold into a named group written just before them. */
        boolean armedNoun() {
            return generic() && (name.base().startsWith(UNIDENTIFIED) || genericStateForce());
        }
    }

    final Countries countries;
    final PhraseTrie<ActorRow> actors = new PhraseTrie<>();
    /** Canonical name of a named row -> the country of its first row that gives one ("" for none). */
    private final Map<String, String> homeCountries = new HashMap<>();
    private final ActorFinder finder;
    /**
     * Answers of {@link #find(String, String)}: the place readers, actor roles and conventions of an article each ask
     * for the actors of the same sentences and spans. Bounded, so memory stays flat.
     */
    private final Memo<Found, List<ActorMatch>> found = new Memo<>(8_192);
    private final ActorNormalizer normalizer;
    private final SourceNormalizer sources;

    private static final class Holder {
        static final ActorDictionary INSTANCE = new ActorDictionary();
    }

    /** The dictionary built from the classpath data, loaded once and cached. */
    public static ActorDictionary load() {
        return Holder.INSTANCE;
    }

    ActorDictionary() {
        countries = new Countries();
        for (Tsv.Row row : Tsv.read(ACTORS, 4)) {
            String alias = row.get(0);
            String canonical = row.get(1);
            String country = row.get(3);
            String where = ACTORS + ":" + row.line() + ": ";
            if (alias.isEmpty() || canonical.isEmpty()) {
                throw new IllegalStateException(where + "empty alias or canonical name");
            }
            // foreign state is only assigned by code
            ActorType type = ActorType.of(row.get(2)).filter(t -> t != ActorType.FOREIGN_STATE)
                    .orElseThrow(() -> new IllegalStateException(where + "unknown actor type '" + row.get(2) + "'"));
            if (!country.isEmpty() && countries.name(country).isEmpty()) {
                throw new IllegalStateException(where + "country '" + country + "' is not in countries.tsv");
            }
            ActorName name;
            try {
                name = ActorName.parse(canonical);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
            actors.add(alias, new ActorRow(alias, name, type, country, row.line()));
            if (!name.ofArticleCountry()) {
                homeCountries.merge(name.base(), country, (had, now) -> had.isEmpty() ? now : had);
            }
        }
        ActorWords words = ActorWords.load();
        finder = new ActorFinder(actors, countries, words);
        normalizer = new ActorNormalizer(finder, countries, words);
        sources = new SourceNormalizer(this);
    }

    /**
     * The country of a canonical name of actors.tsv ("Rapid Support Forces" is SD), empty string for a group of no
     * one country; empty when no row has that name.
     */
    Optional<String> homeCountry(String canonical) {
        return Optional.ofNullable(homeCountries.get(canonical));
    }

    int actorAliasCount() {
        return actors.size();
    }

    int sourceAliasCount() {
        return sources.size();
    }

    int countryCount() {
        return countries.size();
    }

    /** Every actor mention in a text span, longest match first, non-overlapping, with char offsets relative to the given string. */
    public List<ActorMatch> find(String text) {
        return find(text, null);
    }

    /**
     * As {@link #find(String)}, with a country hint (ISO2 or null): it completes generic names with its country, picks
     * between rows that share an alias, and marks other countries' state actors as {@code foreign state}.
     */
    public List<ActorMatch> find(String text, String countryHint) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return found.get(new Found(text, hint(countryHint)), k -> List.copyOf(finder.find(k.text(), k.hint())));
    }

    /** A question to {@link #find(String, String)}: the text and the validated hint. */
    private record Found(String text, String hint) {
    }

    /**
     * Normalize one noun phrase (e.g. "Syrian army troops", "the so-called Army of Islam extremist fighters", "Army of
     * Islam fighters", "the regime", "Syria's army") to an Actor; countryHint (ISO2 or null) completes generic names. Empty if
     * nothing known. See {@link ActorNormalizer} for how the head is chosen.
     */
    public Optional<Actor> normalize(String phrase, String countryHint) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        return normalizer.normalize(phrase, hint(countryHint));
    }

    // ------------------------------------------------------------------ sources

    /**
     * Normalize a claimed source phrase: "a war media unit operated by Hezbollah" -> "Hezbollah military media unit";
     * "Russia's Defence Ministry" -> "Russian Defence Ministry"; "the Syrian Observatory" -> "Syrian
     * Observatory for Human Rights"; "a war monitor" -> "war monitor"; "opposition sources" -> "opposition sources";
     * "Observatory director Rami Abdel Rahman" -> the Observatory's full name (the person is dropped from the
     * name; {@link #describeSource} returns it); "a Syrian military source" -> "Syrian military source". Unknown
     * phrases come back cleaned (determiners, "so-called", trailing punctuation stripped), never dropped. A
     * coordination of recognised sources comes back joined with " and " ("the observatory and SANA" -> "Syrian
     * Observatory for Human Rights and SANA"); {@link #normalizeSources} returns them as a list.
     */
    public String normalizeSource(String phrase) {
        return describeSource(phrase, null).name();
    }

    /** As {@link #normalizeSource(String)}, with a country hint for descriptions like "the news agency". */
    public String normalizeSource(String phrase, String countryHint) {
        return describeSource(phrase, countryHint).name();
    }

    /** The sources named in a phrase, split at "and" and commas when the parts are recognised sources. */
    public List<String> normalizeSources(String phrase, String countryHint) {
        return sources.describeAll(phrase, hint(countryHint)).stream().map(SourceRef::name).toList();
    }

    /** Normalized name, kind and person for a claimed source phrase. */
    public SourceRef describeSource(String phrase, String countryHint) {
        List<SourceRef> all = sources.describeAll(phrase, hint(countryHint));
        if (all.size() == 1) {
            return all.get(0);
        }
        String name = String.join(" and ", all.stream().map(SourceRef::name).toList());
        return new SourceRef(name, SourceKind.MULTIPLE, null);
    }

    // ------------------------------------------------------------------ countries

    /** ISO2 for a country name, demonym, or capital metonym; empty if none. */
    public Optional<String> countryOf(String word) {
        return countries.of(word);
    }

    public Optional<String> countryName(String iso2) {
        return countries.name(iso2);
    }

    // ------------------------------------------------------------------ helpers

    private String hint(String countryHint) {
        if (countryHint == null || countryHint.isBlank()) {
            return null;
        }
        String h = countryHint.strip().toUpperCase(Locale.ROOT);
        return countries.name(h).isPresent() ? h : null;
    }

    /** State actors of a country other than the hint are foreign states. */
    static ActorType typeFor(ActorType type, String country, String hint) {
        if (type == ActorType.STATE_FORCES && hint != null && country != null && !country.isEmpty()
                && !country.equals(hint)) {
            return ActorType.FOREIGN_STATE;
        }
        return type;
    }
}
