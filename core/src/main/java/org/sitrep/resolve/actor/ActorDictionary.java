package org.sitrep.resolve.actor;

import org.sitrep.common.Tsv;

import org.sitrep.model.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Actor and source normalization for the {@code resolve} stage.
 *
 * <p>Data: {@code /actors/countries.tsv}, {@code /actors/actors.tsv}, {@code /actors/sources.tsv} on the classpath; each
 * file documents its format in its header. This class adds the general rules that are not rows:
 *
 * <p><b>Demonym + force noun.</b> A country reference followed by up to four words from the lists below, ending in a
 * noun, is that country's state actor: "Syrian troops", "Turkish soldiers", "Russian warplanes", "Somali security
 * forces", "the Syrian government", "Syria's army", "Syria’ army", "the country's army" (country from the hint). A
 * country reference is an adjective from countries.tsv (or a capital-letter short name: "DRC", "UAE"), or a country
 * name with a possessive. The class is Police Forces if any police noun occurs, Government if the last noun is a
 * government noun, else Military Forces; "forces", "officers", "officials", "authorities" take the class of an earlier
 * noun when there is one ("Syrian police forces", "Syrian military officials").
 * <ul>
 *   <li>military nouns: {@value #MIL_DOC}</li>
 *   <li>police nouns: {@value #POL_DOC}</li>
 *   <li>government nouns: {@value #GOV_DOC}</li>
 *   <li>modifiers allowed between: {@value #MOD_DOC}</li>
 * </ul>
 *
 * <p><b>Foreign state.</b> With a country hint, a state actor (type state forces) of another country gets type
 * {@code foreign state} (ACLED: external/other forces): "Russian warplanes" in a Syrian article. Without a hint every
 * state actor keeps type state forces and {@code {country}} placeholders stay in generic names.
 *
 * <p><b>Boundaries.</b> Whole words only; a word joined by a hyphen to the word before or after is not matched on its
 * own ("pro-regime", "IS-held", "Russian-backed" are not actors). Generic military words after "X-backed", "X-led",
 * "pro-X" or a non-state adjective ("Kurdish", "rebel", "tribal" ...) are read as "Unidentified Armed Group": "US-backed
 * forces" are not the hint country's army. A generic armed noun right after a named group is folded into it: "Army of
 * Islam fighters" is one mention of Jaish al-Islam.
 *
 * <p>The institution nouns military, army, government, regime, police, junta, administration are not actors when
 * used as adjectives of a word in {@link #ATTRIBUTIVE_HEADS} ("a military media unit", "a Syrian military source",
 * "regime ally Hezbollah", "government control").
 *
 * <p>Bare country names and capitals ("Moscow announced") are not reported by {@link #find}, because in running text
 * they are mostly places; {@link #normalize} accepts them, since the caller has already decided the phrase is an agent.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActorDictionary {

    static final String ACTORS = "/actors/actors.tsv";
    static final String SOURCES = "/actors/sources.tsv";

    /** Placeholder in generic canonical names, replaced by the country name of the hint. */
    public static final String COUNTRY_PLACEHOLDER = "{country}";
    public static final String FOREIGN_STATE = ActorType.FOREIGN_STATE.label();
    public static final String STATE_FORCES = ActorType.STATE_FORCES.label();
    static final String UNIDENTIFIED = "Unidentified Armed Group";

    /** A line of actors.tsv. */
    record ActorRow(String alias, String canonical, String type, String country, int line) {
        boolean generic() {
            return canonical.contains(COUNTRY_PLACEHOLDER) || canonical.startsWith("Unidentified")
                    || ActorType.of(type).map(ActorType::crowd).orElse(false);
        }

        /** Generic rows for the hint country's own soldiers and police. */
        boolean genericStateForce() {
            return canonical.startsWith("Military Forces of " + COUNTRY_PLACEHOLDER)
                    || canonical.startsWith("Police Forces of " + COUNTRY_PLACEHOLDER);
        }

        /** Generic rows for armed people, which fold into a named group written just before them. */
        boolean armedNoun() {
            return generic() && (canonical.startsWith(UNIDENTIFIED) || genericStateForce());
        }
    }

    enum Cls { MILITARY, POLICE, GOVERNMENT }

    private record Noun(Cls cls, boolean strong) {
    }

    static final String MIL_DOC = "troops, soldiers, army, military, warplanes, jets, aircraft, planes, helicopters, "
            + "gunships, drones, navy, marines, paratroopers, commandos, artillery, tanks, servicemen (and singulars); "
            + "weak: forces, force, units, personnel, officers, guards";
    static final String POL_DOC = "police, policemen, policewomen, gendarmes, gendarmerie (and singulars)";
    static final String GOV_DOC = "government, govt, regime, administration, junta, cabinet, leadership; "
            + "weak: authorities, officials";
    static final String MOD_DOC = "security, government, regime, state, armed, special, elite, ground, air, naval, "
            + "border, riot, federal, national, defence, defense, aerospace, fighter, republican, presidential, coast, "
            + "regular, paramilitary";

    private static final Map<String, Noun> NOUNS = nouns();
    private static final Set<String> MODIFIERS = Set.of("security", "government", "regime", "state", "armed",
            "special", "elite", "ground", "air", "naval", "border", "riot", "federal", "national", "defence", "defense",
            "aerospace", "fighter", "republican", "presidential", "coast", "regular", "paramilitary");
    private static final int MAX_CHAIN = 4;

    /** Words before a generic military word that make it a non-state group ("Kurdish forces", "rebel troops"). */
    private static final Set<String> NON_STATE_MODIFIERS = Set.of("kurdish", "rebel", "opposition", "militia",
            "tribal", "islamist", "jihadist", "insurgent", "separatist", "druze", "sunni", "shia", "shiite", "alawite",
            "christian", "tuareg", "fulani", "arab", "clan", "ethnic", "irregular", "mercenary", "allied", "proxy");
    private static final Pattern SPONSORED_BEFORE = Pattern.compile(
            "(?:[\\p{L}\\p{N}.]+[-‐‑](?:backed|led|allied|aligned|affiliated|sponsored|supported|linked|funded|"
                    + "trained|armed)|\\bpro[-‐‑][\\p{L}.]+)\\s+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern PRO_BEFORE = Pattern.compile("(?i)\\bpro[-‐‑]([\\p{L}.]+)\\s+$");

    /** Institution nouns that are often used as adjectives ("military source", "regime ally", "government control"). */
    private static final Set<String> ATTRIBUTIVE_NOUNS = Set.of("military", "army", "government", "govt", "regime",
            "police", "junta", "administration");
    /**
     * Words after an institution noun that make it an adjective, not an actor: "a military media unit", "a Syrian
     * military source", "regime ally Hezbollah", "government-held" (hyphen rule), "government control".
     */
    static final Set<String> ATTRIBUTIVE_HEADS = Set.of("media", "source", "sources", "service", "services",
            "official", "officials", "spokesman", "spokeswoman", "spokesperson", "statement", "statements", "pardon",
            "effort", "efforts", "ally", "allies", "control", "offensive", "operation", "operations", "campaign",
            "pressure", "territory", "territories", "area", "areas", "side", "lines", "court", "courts", "prison", "prisons", "intelligence", "hospital", "analyst",
            "analysts", "expert", "experts", "spending", "budget", "policy", "decree", "decision", "showdown", "victory",
            "advance", "advances", "supporters", "loyalists", "critics", "opponents", "officer", "jargon", "junta",
            "plan", "plans", "strategy", "talks", "delegation", "negotiators", "figures", "data", "tally",
            "toll", "account", "accounts", "report", "reports", "website", "channel", "television", "tv", "radio",
            "newspaper", "agency", "unit", "assault", "assaults", "action", "escalation", "intervention", "buildup",
            "aid", "support", "assistance", "exercise", "exercises", "drills", "hardware", "equipment", "facility",
            "facilities", "site", "sites", "academy", "college", "airport", "airbase");

    /** Words that start a modifier after an actor's head noun ("troops loyal to the regime"). */
    private static final Set<String> HEAD_BOUNDARY = Set.of("of", "to", "in", "from", "with", "near", "at", "on", "by",
            "for", "into", "inside", "outside", "across", "against", "under", "loyal", "belonging", "backed", "who",
            "which", "that", "including", "among", "around", "between", "than");
    private static final Set<String> ALLY_WORDS = Set.of("ally", "allies", "partner", "partners", "backer", "backers");

    final Countries countries;
    final PhraseTrie<ActorRow> actors = new PhraseTrie<>();
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
            String type = row.get(2);
            String country = row.get(3);
            String where = ACTORS + ":" + row.line() + ": ";
            if (alias.isEmpty() || canonical.isEmpty()) {
                throw new IllegalStateException(where + "empty alias or canonical name");
            }
            // foreign state is only assigned by code
            if (ActorType.of(type).filter(t -> t != ActorType.FOREIGN_STATE).isEmpty()) {
                throw new IllegalStateException(where + "unknown actor type '" + type + "'");
            }
            if (!country.isEmpty() && countries.name(country).isEmpty()) {
                throw new IllegalStateException(where + "country '" + country + "' is not in countries.tsv");
            }
            actors.add(alias, new ActorRow(alias, canonical, type, country, row.line()));
        }
        sources = new SourceNormalizer(this);
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

    // ------------------------------------------------------------------ find

    /** Every actor mention in a text span, longest match first, non-overlapping, with char offsets relative to the given string. */
    public List<ActorMatch> find(String text) {
        return find(text, null);
    }

    /**
     * As {@link #find(String)}, with a country hint (ISO2 or null): it fills {@code {country}} in generic names, picks
     * between rows that share an alias, and marks other countries' state actors as {@code foreign state}.
     */
    public List<ActorMatch> find(String text, String countryHint) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String hint = hint(countryHint);
        List<Token> toks = Token.tokenize(text);
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (PhraseTrie.hyphenJoinedBefore(text, t.start())) {
                continue;
            }
            for (PhraseTrie.Hit<ActorRow> h : actors.matchesAt(text, toks, i)) {
                if (PhraseTrie.hyphenJoinedAfter(text, h.charEnd())) {
                    continue;
                }
                Cand c = rowCandidate(text, toks, h, hint);
                if (c != null) {
                    cands.add(c);
                }
            }
            Cand composed = compose(text, toks, i, hint);
            if (composed != null) {
                cands.add(composed);
            }
        }
        List<Cand> chosen = selectLongest(cands);
        chosen = foldHeadNouns(text, chosen);
        List<ActorMatch> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            String span = text.substring(c.start, c.end);
            out.add(new ActorMatch(c.start, c.end, span, new Actor(c.name, c.type, span), c.generic));
        }
        return out;
    }

    /** A candidate mention: priority 0 named row, 1 composed from countries, 2 generic row. */
    private record Cand(int start, int end, String name, String type, boolean generic, boolean armedNoun,
                        int priority) {
    }

    private Cand rowCandidate(String text, List<Token> toks, PhraseTrie.Hit<ActorRow> h, String hint) {
        ActorRow row = pick(h.values(), hint);
        if (row.generic() && attributive(text, toks, h.endToken() - 1)) {
            return null;
        }
        if (row.genericStateForce() && row.canonical().startsWith("Military") && sponsoredOrNonState(text, h.charStart())) {
            Cand side = proActor(text, h, hint);
            if (side != null) {
                return side;
            }
            return new Cand(h.charStart(), h.charEnd(), UNIDENTIFIED, ActorType.POLITICAL_MILITIA.label(), true, true, 2);
        }
        String name = fill(row.canonical(), hint);
        String type = typeFor(row.type(), row.country().isEmpty() ? hint : row.country(), hint);
        return new Cand(h.charStart(), h.charEnd(), name, type, row.generic(), row.armedNoun(), row.generic() ? 2 : 0);
    }

    /**
     * "pro-Houthi forces": the forces of the named actor after "pro-", when it is a named actor. "US-backed forces" stay
     * unidentified: a backer is not the force it backs.
     */
    private Cand proActor(String text, PhraseTrie.Hit<ActorRow> h, String hint) {
        java.util.regex.Matcher m = PRO_BEFORE.matcher(text.substring(Math.max(0, h.charStart() - 40), h.charStart()));
        if (!m.find()) {
            return null;
        }
        String side = m.group(1);
        List<Token> toks = Token.tokenize(side);
        for (PhraseTrie.Hit<ActorRow> s : actors.matchesAt(side, toks, 0)) {
            ActorRow row = pick(s.values(), hint);
            if (s.charEnd() == side.length() && !row.generic()) {
                int start = h.charStart() - (m.end() - m.start());
                return new Cand(start, h.charEnd(), row.canonical(),
                        typeFor(row.type(), row.country().isEmpty() ? hint : row.country(), hint), false, false, 0);
            }
        }
        return null;
    }

    /** Of rows sharing an alias, the one for the hint country, else the first. */
    private static ActorRow pick(List<ActorRow> rows, String hint) {
        if (hint != null) {
            for (ActorRow r : rows) {
                if (hint.equals(r.country())) {
                    return r;
                }
            }
        }
        return rows.get(0);
    }

    private boolean sponsoredOrNonState(String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        if (SPONSORED_BEFORE.matcher(before).find()) {
            return true;
        }
        List<Token> prev = Token.tokenize(before);
        if (prev.isEmpty()) {
            return false;
        }
        Token last = prev.get(prev.size() - 1);
        int offset = start - before.length();
        return NON_STATE_MODIFIERS.contains(last.norm())
                && PhraseTrie.joinable(text, offset + last.end(), start)
                && !PhraseTrie.hyphenJoinedAfter(text, offset + last.end());
    }

    /** Demonym/possessive country + modifiers + force noun, starting at token i. */
    private Cand compose(String text, List<Token> toks, int i, String hint) {
        String iso = null;
        int next = -1;
        boolean placeholder = false;
        // (a) adjective or capital-letter short name: "Syrian", "South Sudanese", "US", "DRC"
        for (PhraseTrie.Hit<String> h : countries.attributive.matchesAt(text, toks, i)) {
            Token last = toks.get(h.endToken() - 1);
            if (h.charEnd() != last.end() || last.possessive() || PhraseTrie.hyphenJoinedAfter(text, h.charEnd())) {
                continue; // "Syrian's", "Russian-backed"
            }
            iso = h.values().get(0);
            next = h.endToken();
        }
        // (b) country name with a possessive: "Syria's", "Syria’ ", "the DRC's"
        if (iso == null) {
            for (PhraseTrie.Hit<String> h : countries.named.matchesAt(text, toks, i)) {
                if (possessiveAt(text, toks.get(h.endToken() - 1), h.charEnd())) {
                    iso = h.values().get(0);
                    next = h.endToken();
                }
            }
        }
        // (c) "the country's army", "the nation's police": country from the hint
        if (iso == null) {
            Token t = toks.get(i);
            if ((t.baseNorm().equals("country") || t.baseNorm().equals("nation")) && t.possessive()) {
                iso = hint;
                placeholder = hint == null;
                next = i + 1;
            }
        }
        if (next < 0 || next >= toks.size()) {
            return null;
        }
        // the chain of modifiers and nouns
        int lastNoun = -1;
        int k = next;
        for (; k < toks.size() && k - next < MAX_CHAIN; k++) {
            Token w = toks.get(k);
            if (!PhraseTrie.joinable(text, toks.get(k - 1).end(), w.start()) || apostropheBetween(text, toks.get(k - 1), w)
                    && k - 1 >= next) {
                break;
            }
            String key = w.possessive() ? w.baseNorm() : w.norm();
            if (NOUNS.containsKey(key)) {
                lastNoun = k;
            } else if (!MODIFIERS.contains(key)) {
                break;
            }
            if (w.possessive()) {
                break; // "Syrian army's": the chain ends at a possessive
            }
        }
        if (lastNoun < 0) {
            return null;
        }
        Token end = toks.get(lastNoun);
        int charEnd = end.possessive() ? end.baseEnd() : end.end();
        if (PhraseTrie.hyphenJoinedAfter(text, charEnd)) {
            return null; // "Syrian army-backed"
        }
        if (attributive(text, toks, lastNoun)) {
            return null; // "a Syrian military source", "Syrian government control"
        }
        Cls cls = classify(toks.subList(next, lastNoun + 1));
        String country = placeholder ? COUNTRY_PLACEHOLDER : countries.name(iso).orElse(iso);
        String name = switch (cls) {
            case MILITARY -> "Military Forces of " + country;
            case POLICE -> "Police Forces of " + country;
            case GOVERNMENT -> "Government of " + country;
        };
        return new Cand(toks.get(i).start(), charEnd, name, typeFor(STATE_FORCES, iso, hint), placeholder, false, 1);
    }

    /** Whether token k is an institution noun used as an adjective of the next word ("military source"). */
    private static boolean attributive(String text, List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.possessive() || k + 1 >= toks.size() || !ATTRIBUTIVE_NOUNS.contains(t.norm())) {
            return false;
        }
        Token n = toks.get(k + 1);
        return onlySpaces(text, t.end(), n.start()) && ATTRIBUTIVE_HEADS.contains(n.baseNorm());
    }

    /** Whether the country word is possessive: "Syria's", or "Syria’" / "Syria'" followed by a space. */
    private static boolean possessiveAt(String text, Token last, int charEnd) {
        if (last.possessive() && charEnd == last.baseEnd()) {
            return true;
        }
        int e = last.end();
        return charEnd == e && e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '’')
                && Character.isWhitespace(text.charAt(e + 1));
    }

    private static boolean apostropheBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }

    private static Cls classify(List<Token> chain) {
        Token lastTok = chain.get(chain.size() - 1);
        Noun last = NOUNS.get(lastTok.possessive() ? lastTok.baseNorm() : lastTok.norm());
        if (last.cls == Cls.GOVERNMENT && last.strong) {
            return Cls.GOVERNMENT;
        }
        boolean mil = false;
        for (Token w : chain) {
            Noun n = NOUNS.get(w.possessive() ? w.baseNorm() : w.norm());
            if (n == null || !n.strong || n.cls == Cls.GOVERNMENT) {
                continue;
            }
            if (n.cls == Cls.POLICE) {
                return Cls.POLICE;
            }
            mil = true;
        }
        return mil ? Cls.MILITARY : last.cls;
    }

    private static List<Cand> selectLongest(List<Cand> cands) {
        List<Cand> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.<Cand>comparingInt(c -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.priority));
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : sorted) {
            boolean free = true;
            for (Cand o : chosen) {
                if (c.start < o.end && o.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        return chosen;
    }

    /** "Army of Islam fighters", "Houthi rebels", "Hezbollah forces": one mention of the named group. */
    private static List<Cand> foldHeadNouns(String text, List<Cand> chosen) {
        List<Cand> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            if (!out.isEmpty()) {
                Cand prev = out.get(out.size() - 1);
                if (!prev.generic && prev.priority == 0 && c.armedNoun && onlySpaces(text, prev.end, c.start)) {
                    out.set(out.size() - 1, new Cand(prev.start, c.end, prev.name, prev.type, false, false, 0));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ normalize

    /**
     * Normalize one noun phrase (e.g. "Syrian army troops", "the so-called Jaish al-Islam Takfiri militants", "Army of
     * Islam fighters", "the regime", "Syria's army") to an Actor; countryHint (ISO2 or null) fills {country}. Empty if
     * nothing known.
     *
     * <p>A named group anywhere in the phrase wins over descriptions (the leftmost one if there are several; after
     * "ally"/"partner" only what follows counts: "regime ally Russia" is Russia). Otherwise the head is taken to be the
     * last known word before the first preposition or relative word ("troops loyal to the regime" -> troops). A bare
     * country name or capital is that country's government ("Moscow" -> Government of Russia), unless it follows a
     * preposition ("fighters in Syria" -> fighters). The returned actor's text is the trimmed phrase.
     */
    public Optional<Actor> normalize(String phrase, String countryHint) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        String p = phrase.strip();
        String hint = hint(countryHint);
        List<Token> toks = Token.tokenize(p);
        List<ActorMatch> found = new ArrayList<>(find(p, hint));
        found.addAll(countryReferences(p, toks, found, hint));
        found.sort(Comparator.comparingInt(ActorMatch::start));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "X's ally Y", "regime ally Russia": the head follows the ally word
        for (int i = toks.size() - 1; i >= 0; i--) {
            if (ALLY_WORDS.contains(toks.get(i).norm()) && !inside(found, toks.get(i).start())) {
                int after = toks.get(i).end();
                List<ActorMatch> tail = found.stream().filter(m -> m.start() >= after).toList();
                if (!tail.isEmpty()) {
                    found = new ArrayList<>(tail);
                }
                break;
            }
        }
        ActorMatch best = null;
        for (ActorMatch m : found) {
            if (!m.generic()) {
                best = m;
                break;
            }
        }
        if (best == null) {
            int boundary = Integer.MAX_VALUE;
            for (Token t : toks) {
                if (HEAD_BOUNDARY.contains(t.norm()) && !inside(found, t.start())) {
                    boundary = t.start();
                    break;
                }
            }
            for (ActorMatch m : found) {
                if (m.end() <= boundary) {
                    best = m;
                }
            }
            if (best == null) {
                best = found.get(0);
            }
        }
        Actor a = best.actor();
        return Optional.of(new Actor(a.name(), a.type(), p));
    }

    private static boolean inside(List<ActorMatch> ms, int pos) {
        for (ActorMatch m : ms) {
            if (pos >= m.start() && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Bare country names and capitals, as that country's government, outside the spans already found. */
    private List<ActorMatch> countryReferences(String p, List<Token> toks, List<ActorMatch> found, String hint) {
        List<ActorMatch> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (inside(found, t.start()) || PhraseTrie.hyphenJoinedBefore(p, t.start())
                    || i > 0 && HEAD_BOUNDARY.contains(toks.get(i - 1).norm())) {
                continue;
            }
            PhraseTrie.Hit<String> best = null;
            for (PhraseTrie<String> trie : List.of(countries.named, countries.capitals)) {
                for (PhraseTrie.Hit<String> h : trie.matchesAt(p, toks, i)) {
                    if (!PhraseTrie.hyphenJoinedAfter(p, h.charEnd()) && !inside(found, h.charEnd() - 1)
                            && (best == null || h.charEnd() > best.charEnd())) {
                        best = h;
                    }
                }
            }
            if (best != null) {
                String iso = best.values().get(0);
                String span = p.substring(best.charStart(), best.charEnd());
                Actor a = new Actor("Government of " + countries.name(iso).orElse(iso),
                        typeFor(STATE_FORCES, iso, hint), span);
                out.add(new ActorMatch(best.charStart(), best.charEnd(), span, a, false));
                i = best.endToken() - 1;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ sources

    /**
     * Normalize a claimed source phrase: "a military media unit run by Hezbollah" -> "Hezbollah military media unit";
     * "Russia's Defence Ministry" -> "Russian Defence Ministry"; "the Syrian Observatory for Human Rights" -> "Syrian
     * Observatory for Human Rights"; "a war monitor" -> "war monitor"; "opposition sources" -> "opposition sources";
     * "Observatory head Rami Abdel Rahman" -> "Syrian Observatory for Human Rights" (the person is dropped from the
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
        return new SourceRef(name, "multiple", null);
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

    private String fill(String canonical, String hint) {
        if (hint == null || !canonical.contains(COUNTRY_PLACEHOLDER)) {
            return canonical;
        }
        return canonical.replace(COUNTRY_PLACEHOLDER, countries.name(hint).orElse(COUNTRY_PLACEHOLDER));
    }

    /** State actors of a country other than the hint are foreign states. */
    static String typeFor(String type, String country, String hint) {
        if (STATE_FORCES.equals(type) && hint != null && country != null && !country.isEmpty()
                && !country.equals(hint)) {
            return FOREIGN_STATE;
        }
        return type;
    }

    private static Map<String, Noun> nouns() {
        Map<String, Noun> m = new java.util.HashMap<>();
        for (String w : List.of("troops", "troop", "soldiers", "soldier", "army", "armies", "military", "warplanes",
                "warplane", "jets", "jet", "aircraft", "planes", "plane", "helicopters", "helicopter", "gunships",
                "gunship", "drones", "drone", "navy", "marines", "paratroopers", "commandos", "artillery", "tanks",
                "servicemen", "serviceman")) {
            m.put(w, new Noun(Cls.MILITARY, true));
        }
        for (String w : List.of("forces", "force", "units", "personnel", "officers", "guards", "guard")) {
            m.put(w, new Noun(Cls.MILITARY, false));
        }
        for (String w : List.of("police", "policemen", "policeman", "policewomen", "policewoman", "gendarmes",
                "gendarme", "gendarmerie")) {
            m.put(w, new Noun(Cls.POLICE, true));
        }
        for (String w : List.of("government", "govt", "regime", "administration", "junta", "cabinet", "leadership")) {
            m.put(w, new Noun(Cls.GOVERNMENT, true));
        }
        for (String w : List.of("authorities", "officials")) {
            m.put(w, new Noun(Cls.GOVERNMENT, false));
        }
        return Map.copyOf(m);
    }
}
