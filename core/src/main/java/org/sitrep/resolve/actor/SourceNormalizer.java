package org.sitrep.resolve.actor;

import org.sitrep.model.ActorType;
import org.sitrep.common.Tsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claimed-source normalization behind {@link ActorDictionary#normalizeSource}. Rows come from
 * {@code /actors/sources.tsv}; the general rules are listed in that file's header and applied in this order:
 * whole-phrase alias; role ("Observatory head Rami Abdel Rahman", "a spokesman for X"); coordination ("X and Y");
 * rewrites ("Russia's" -> "Russian", "Ministry of Defence" -> "Defence Ministry", "<desc> run by <Org>" ->
 * "<Org> <desc>", "<Org>'s <desc>" -> "<Org> <desc>") followed by a whole-phrase lookup of the rewritten phrase and of
 * "<desc>" in the adjective's country; a known name inside the phrase; a bare country or capital; a named actor.
 */
final class SourceNormalizer {

    enum Mode { NAME, PHRASE, CONTEXT }

    record SourceRow(String alias, String canonical, String kind, String country, Mode mode, int line) {
    }

    static final Set<String> KINDS = Set.of("news agency", "monitor", "ministry", "military", "government", "NGO",
            "UN agency", "official", "witness", "media unit", "media", "research", "anonymous");

    private static final int MAX_DEPTH = 4;

    private static final Pattern LEAD_JUNK = Pattern.compile("^[\\s\"“”«»'‘’(\\[*—–-]+");
    private static final Pattern TRAIL_JUNK = Pattern.compile("[\\s\"“”«»'‘’)\\].,;:!?*—–-]+$");
    private static final Pattern ACCORDING = Pattern.compile("(?i)^(?:according\\s+to|citing|quoting)\\s+");
    private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[-\\s]called[\"'\\s]+");
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:a|an|the|one|some|several|many|two|three|four"
            + "|five|six|other|another|both|various|its|their|his|her|our|this|that|these|those|\\d[\\d,]*)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern RUN_BY = Pattern.compile("(?i)^(?<desc>.+?)\\s+(?:run|operated|controlled|owned)\\s+"
            + "by\\s+(?<org>.+)$|^(?<desc2>.+?)\\s+(?:belonging|affiliated|linked)\\s+(?:to|with)\\s+(?<org2>.+)$");
    private static final Pattern ALLY_PREFIX = Pattern.compile("(?i)^.*?\\b(?:ally|allies|partner|backer)\\s+");
    private static final Pattern DELIMITER = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private static final Pattern MINISTRY_OF = Pattern.compile("(?i)^(?<pre>.*?)\\s*\\bministry\\s+of\\s+(?:the\\s+)?"
            + "(?<x>[\\p{L}][\\p{L} ]*?)(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<country>[\\p{L}' ]+))?$");
    private static final Pattern X_MINISTRY = Pattern.compile("(?i)^(?<pre>.*?)\\s*\\b(?<x>\\p{L}+(?:\\s+affairs)?)"
            + "\\s+ministry$");
    private static final Map<String, String> MINISTRY_WORDS = Map.of("defense", "Defence", "foreign affairs",
            "Foreign", "internal affairs", "Interior", "home affairs", "Interior");

    private static final Set<String> ROLES = Set.of("head", "chief", "director", "spokesman", "spokeswoman",
            "spokesperson", "commander", "leader", "founder", "chairman", "chairwoman", "representative", "official",
            "envoy", "spokesmen");
    /** A person's name: capitalised words, with the usual lower-case particles ("Abu Mohammed al-Jolani"). */
    private static final Pattern PERSON = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}'.-]*|(?:al|el|ad|ar|as|bin|ibn|bint|"
            + "de|da|del|der|van|von|la|le|du)(?:-[\\p{L}'-]+)?)\\s*)+");
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at");

    /** Suffixes of unrecognised phrases and the kind they suggest. */
    private static final List<String[]> KIND_SUFFIXES = List.of(
            new String[]{"sources", "anonymous"}, new String[]{"source", "anonymous"},
            new String[]{"activists", "anonymous"}, new String[]{"officials", "official"},
            new String[]{"official", "official"}, new String[]{"spokesman", "official"},
            new String[]{"spokeswoman", "official"}, new String[]{"spokesperson", "official"},
            new String[]{"commander", "official"}, new String[]{"witnesses", "witness"},
            new String[]{"witness", "witness"}, new String[]{"residents", "witness"},
            new String[]{"resident", "witness"}, new String[]{"monitor", "monitor"},
            new String[]{"news agency", "news agency"}, new String[]{"agency", "news agency"},
            new String[]{"ministry", "ministry"}, new String[]{"military", "military"},
            new String[]{"army", "military"}, new String[]{"media unit", "media unit"},
            new String[]{"media", "media"}, new String[]{"outlets", "media"}, new String[]{"outlet", "media"},
            new String[]{"television", "media"}, new String[]{"tv", "media"}, new String[]{"radio", "media"},
            new String[]{"newspaper", "media"});

    private final ActorDictionary dict;
    private final PhraseTrie<SourceRow> trie = new PhraseTrie<>();

    SourceNormalizer(ActorDictionary dict) {
        this.dict = dict;
        String res = ActorDictionary.SOURCES;
        for (Tsv.Row row : Tsv.read(res, 5)) {
            String where = res + ":" + row.line() + ": ";
            String alias = row.get(0);
            String canonical = row.get(1);
            String kind = row.get(2);
            String country = row.get(3);
            Mode mode;
            try {
                mode = Mode.valueOf(row.get(4).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "mode must be name, phrase or context, not '" + row.get(4) + "'");
            }
            if (alias.isEmpty() || canonical.isEmpty()) {
                throw new IllegalStateException(where + "empty alias or canonical name");
            }
            if (!KINDS.contains(kind)) {
                throw new IllegalStateException(where + "unknown source kind '" + kind + "'");
            }
            if (!country.isEmpty() && dict.countries.name(country).isEmpty()) {
                throw new IllegalStateException(where + "country '" + country + "' is not in countries.tsv");
            }
            if (mode == Mode.CONTEXT && country.isEmpty()) {
                throw new IllegalStateException(where + "mode context needs a country");
            }
            trie.add(alias, new SourceRow(alias, canonical, kind, country, mode, row.line()));
        }
    }

    int size() {
        return trie.size();
    }

    // ------------------------------------------------------------------ entry points

    /** One SourceRef per source named in the phrase (one, unless a coordination of recognised sources). */
    List<SourceRef> describeAll(String phrase, String hint) {
        String s = clean(phrase);
        if (s.isEmpty()) {
            return List.of(new SourceRef(s, "unknown", null));
        }
        SourceRef r = lookupWhole(s, hint);
        if (r == null) {
            r = role(s, hint, 0);
        }
        if (r != null) {
            return List.of(r);
        }
        List<SourceRef> parts = coordination(s, hint, 0);
        if (parts != null) {
            return parts;
        }
        r = rest(s, hint, 0);
        return List.of(r != null ? r : fallback(s, hint));
    }

    private SourceRef fallback(String s, String hint) {
        String r = rewrite(s, hint, 0);
        return new SourceRef(r, guessKind(r), null);
    }

    // ------------------------------------------------------------------ recognition

    /** A recognised source for the whole of the cleaned phrase {@code s} (not a coordination), or null. */
    private SourceRef known(String s, String hint, int depth) {
        if (s.isEmpty() || depth > MAX_DEPTH) {
            return null;
        }
        SourceRef r = lookupWhole(s, hint);
        if (r == null) {
            r = role(s, hint, depth);
        }
        return r != null ? r : rest(s, hint, depth);
    }

    /** The rules after whole-phrase lookup and roles: rewrites, context, ministry, contained name, country, actor. */
    private SourceRef rest(String s, String hint, int depth) {
        SourceRef r;
        String w = rewrite(s, hint, depth);
        if (!w.equals(s)) {
            r = lookupWhole(w, hint);
            if (r != null) {
                return r;
            }
        }
        r = contextAfterAdjective(w);
        if (r != null) {
            return r;
        }
        if (isMinistry(w)) {
            return new SourceRef(w, "ministry", null);
        }
        r = contained(w);
        if (r != null) {
            return r;
        }
        if (!w.equals(s) && (RUN_BY.matcher(s).matches() || orgPossessive(s, hint, depth) != null)) {
            return new SourceRef(w, guessKind(w).equals("unknown") ? "media unit" : guessKind(w), null);
        }
        Optional<String> iso = dict.countries.ofNounPhrase(w, Token.tokenize(w));
        if (iso.isPresent()) {
            return new SourceRef(dict.countries.adjective(iso.get()).orElse(iso.get()) + " government", "government",
                    null);
        }
        return actor(w, hint);
    }

    /** A row for the whole phrase: a name or phrase row, else a context row for the hint country. */
    private SourceRef lookupWhole(String s, String hint) {
        List<SourceRow> rows = trie.whole(s, Token.tokenize(s));
        SourceRow best = null;
        for (SourceRow row : rows) {
            if (row.mode() != Mode.CONTEXT) {
                if (best == null || hint != null && hint.equals(row.country()) && !hint.equals(best.country())) {
                    best = row;
                }
            }
        }
        if (best == null && hint != null) {
            for (SourceRow row : rows) {
                if (row.mode() == Mode.CONTEXT && hint.equals(row.country())) {
                    best = row;
                    break;
                }
            }
        }
        return best == null ? null : ref(best);
    }

    private static SourceRef ref(SourceRow row) {
        return new SourceRef(row.canonical(), row.kind(), null);
    }

    /** "Iranian state news agency": "state news agency" is a context row for Iran. */
    private SourceRef contextAfterAdjective(String s) {
        List<Token> toks = Token.tokenize(s);
        if (toks.size() < 2) {
            return null;
        }
        for (PhraseTrie.Hit<String> h : dict.countries.attributive.matchesAt(s, toks, 0)) {
            if (h.endToken() >= toks.size()) {
                continue;
            }
            String iso = h.values().get(0);
            String rest = s.substring(toks.get(h.endToken()).start());
            for (SourceRow row : trie.whole(rest, Token.tokenize(rest))) {
                if (row.mode() == Mode.CONTEXT && iso.equals(row.country())) {
                    return ref(row);
                }
            }
        }
        return null;
    }

    /** The longest source name (mode name) inside the phrase. */
    private SourceRef contained(String s) {
        List<Token> toks = Token.tokenize(s);
        PhraseTrie.Hit<SourceRow> best = null;
        SourceRow bestRow = null;
        for (int i = 0; i < toks.size(); i++) {
            if (PhraseTrie.hyphenJoinedBefore(s, toks.get(i).start())) {
                continue;
            }
            for (PhraseTrie.Hit<SourceRow> h : trie.matchesAt(s, toks, i)) {
                if (PhraseTrie.hyphenJoinedAfter(s, h.charEnd())) {
                    continue;
                }
                for (SourceRow row : h.values()) {
                    if (row.mode() == Mode.NAME) {
                        if (best == null || h.charEnd() - h.charStart() > best.charEnd() - best.charStart()) {
                            best = h;
                            bestRow = row;
                        }
                        break;
                    }
                }
            }
        }
        return bestRow == null ? null : ref(bestRow);
    }

    /** A named actor (or a composed state actor) that is the whole phrase: "Hezbollah", "the Nigerian army". */
    private SourceRef actor(String s, String hint) {
        List<ActorMatch> ms = dict.find(s, hint);
        if (ms.size() != 1) {
            return null;
        }
        ActorMatch m = ms.get(0);
        if (m.generic() || m.start() != firstWordStart(s) || m.end() != lastWordEnd(s)) {
            return null;
        }
        String name = m.actor().name();
        boolean composed = name.startsWith("Military Forces of") || name.startsWith("Police Forces of")
                || name.startsWith("Government of");
        String kind = name.startsWith("Government of") ? "government"
                : m.actor().type().equals(ActorType.STATE_FORCES)
                || m.actor().type().equals(ActorType.FOREIGN_STATE) ? "military" : "armed group";
        // a composed state actor keeps the article's wording ("Nigerian army"), a named group its canonical name
        return new SourceRef(composed ? s : name, kind, null);
    }

    // ------------------------------------------------------------------ roles

    /**
     * "Observatory head Rami Abdel Rahman", "a spokesman for Ahrar al Sham", "Major-General Yuri Yevtushenko, head of
     * the Russian reconciliation centre", "a Jaish al-Islam spokesman": the organisation, when it is recognised.
     */
    private SourceRef role(String s, String hint, int depth) {
        String[] words = s.split(" ");
        int[] starts = new int[words.length];
        for (int i = 0, pos = 0; i < words.length; i++) {
            starts[i] = pos;
            pos += words[i].length() + 1;
        }
        for (int r = 0; r < words.length; r++) {
            String w = words[r].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (!ROLES.contains(w)) {
                continue;
            }
            // "<role> of/for/at <Org>", optionally after "<Person>, "
            if (r + 2 < words.length && ROLE_PREPOSITIONS.contains(words[r + 1].toLowerCase(Locale.ROOT))) {
                String org = stripDeterminers(s.substring(starts[r + 2]));
                SourceRef o = knownOrg(org, hint, depth);
                if (o != null) {
                    return new SourceRef(o.name(), o.kind(), personBefore(s.substring(0, starts[r])));
                }
            }
            // "<Org> <role> <Person>", "<Org> <role>", "<Org>'s <role>", "<Org> military spokesman"
            if (r > 0) {
                String person = r + 1 < words.length ? s.substring(starts[r + 1]).strip() : null;
                if (person != null && (!PERSON.matcher(person).matches() || contained(person) != null)) {
                    continue; // "Iran's official IRNA news agency": not a role followed by a name
                }
                String before = s.substring(0, starts[r]).strip();
                String personPrefix = null;
                int comma = before.lastIndexOf(',');
                if (comma > 0) {
                    personPrefix = before.substring(0, comma).strip();
                    before = before.substring(comma + 1).strip();
                }
                for (String org : List.of(before, dropLastWord(before))) {
                    org = stripDeterminers(stripPossessive(org));
                    if (org.isEmpty()) {
                        continue;
                    }
                    SourceRef o = knownOrg(org, hint, depth);
                    if (o != null) {
                        String p = person != null ? person : personPrefix;
                        return new SourceRef(o.name(), o.kind(), p == null || p.isEmpty() ? null : p);
                    }
                }
            }
        }
        return null;
    }

    /** An organisation in a role phrase: a recognised source, not a bare description like "officials". */
    private SourceRef knownOrg(String org, String hint, int depth) {
        SourceRef o = known(org, hint, depth + 1);
        if (o == null || o.kind().equals("anonymous") || o.kind().equals("official") || o.kind().equals("witness")) {
            return null;
        }
        return o;
    }

    private static String personBefore(String s) {
        String p = s.strip();
        p = TRAIL_JUNK.matcher(p).replaceFirst("");
        p = p.replaceFirst("(?i)\\s*,?\\s*(?:the|a|an)?\\s*(?:deputy|acting|former|media|military)?$", "").strip();
        return p.isEmpty() || !Character.isUpperCase(p.codePointAt(0)) ? null : p;
    }

    private static String dropLastWord(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? "" : s.substring(0, sp);
    }

    // ------------------------------------------------------------------ coordination

    /** "the observatory and Syrian state news agency SANA": each part, when at least one is a recognised source. */
    private List<SourceRef> coordination(String s, String hint, int depth) {
        List<String> parts = split(s);
        if (parts.size() < 2) {
            return null;
        }
        List<SourceRef> refs = new ArrayList<>();
        boolean any = false;
        for (String part : parts) {
            String c = clean(part);
            if (c.isEmpty()) {
                continue;
            }
            SourceRef r = known(c, hint, depth + 1);
            any |= r != null;
            refs.add(r != null ? r : fallback(c, hint));
        }
        return any && refs.size() >= 2 ? List.copyOf(refs) : null;
    }

    /** Splits at commas and "and", except inside a known name ("Bosnia and Herzegovina", "peace and reconciliation"). */
    private List<String> split(String s) {
        List<int[]> protectedSpans = new ArrayList<>();
        List<Token> toks = Token.tokenize(s);
        for (int i = 0; i < toks.size(); i++) {
            for (PhraseTrie.Hit<SourceRow> h : trie.matchesAt(s, toks, i)) {
                protectedSpans.add(new int[]{h.charStart(), h.charEnd()});
            }
            for (PhraseTrie.Hit<ActorDictionary.ActorRow> h : dict.actors.matchesAt(s, toks, i)) {
                protectedSpans.add(new int[]{h.charStart(), h.charEnd()});
            }
            for (PhraseTrie.Hit<String> h : dict.countries.named.matchesAt(s, toks, i)) {
                protectedSpans.add(new int[]{h.charStart(), h.charEnd()});
            }
        }
        List<String> parts = new ArrayList<>();
        Matcher m = DELIMITER.matcher(s);
        int from = 0;
        while (m.find()) {
            boolean inside = false;
            for (int[] span : protectedSpans) {
                if (span[0] < m.start() && span[1] > m.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                parts.add(s.substring(from, m.start()));
                from = m.end();
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    // ------------------------------------------------------------------ rewrites

    /**
     * The phrase with the general rules applied: run-by, country possessive to adjective, organisation possessive,
     * ministry word order. Returns {@code s} unchanged when no rule applies.
     */
    private String rewrite(String s, String hint, int depth) {
        Matcher rb = RUN_BY.matcher(s);
        if (rb.matches()) {
            String desc = rb.group("desc") != null ? rb.group("desc") : rb.group("desc2");
            String org = rb.group("org") != null ? rb.group("org") : rb.group("org2");
            String orgName = orgName(org, hint, depth);
            return ministry(orgName + " " + stripDeterminers(desc));
        }
        String w = countryPossessive(s, hint);
        if (w == null) {
            w = orgPossessive(s, hint, depth);
        }
        return ministry(w == null ? s : w);
    }

    /** "Russia's Defence Ministry" -> "Russian Defence Ministry"; "the country's news agency" with a hint. */
    private String countryPossessive(String s, String hint) {
        List<Token> toks = Token.tokenize(s);
        if (toks.isEmpty()) {
            return null;
        }
        Token first = toks.get(0);
        if (hint != null && first.start() == 0 && first.possessive()
                && (first.baseNorm().equals("country") || first.baseNorm().equals("nation"))) {
            return join(dict.countries.adjective(hint).orElse(hint), s.substring(first.end()));
        }
        for (PhraseTrie.Hit<String> h : dict.countries.named.matchesAt(s, toks, 0)) {
            Token last = toks.get(h.endToken() - 1);
            String iso = h.values().get(0);
            String adj = dict.countries.adjective(iso).orElse(iso);
            if (last.possessive() && h.charEnd() == last.baseEnd()) {
                return join(adj, s.substring(last.end()));
            }
            int e = last.end();
            if (h.charEnd() == e && e + 1 < s.length() && s.charAt(e) == '\'' && s.charAt(e + 1) == ' ') {
                return join(adj, s.substring(e + 1));
            }
        }
        return null;
    }

    /** "Hezbollah's military media unit" -> "Hezbollah military media unit", when the owner is a known actor or source. */
    private String orgPossessive(String s, String hint, int depth) {
        List<Token> toks = Token.tokenize(s);
        for (int k = 0; k < toks.size() - 1; k++) {
            Token t = toks.get(k);
            if (!t.possessive()) {
                continue;
            }
            String owner = s.substring(0, t.baseEnd());
            String rest = s.substring(t.end()).strip();
            if (rest.isEmpty() || ROLES.contains(rest.toLowerCase(Locale.ROOT))) {
                return null;
            }
            String name = namedOrg(owner, hint);
            return name == null ? null : join(name, rest);
        }
        return null;
    }

    /** The name to put in front of a description: a source's or named actor's canonical name, a country adjective. */
    private String orgName(String org, String hint, int depth) {
        String o = clean(org);
        Matcher ally = ALLY_PREFIX.matcher(o);
        if (ally.find()) {
            o = stripDeterminers(o.substring(ally.end()));
        }
        String named = namedOrg(o, hint);
        if (named != null) {
            return named;
        }
        Optional<String> iso = dict.countries.of(o);
        if (iso.isPresent()) {
            return dict.countries.adjective(iso.get()).orElse(o);
        }
        return o;
    }

    /** Canonical name when {@code o} is a known source name or a named (non-generic) actor, else null. */
    private String namedOrg(String o, String hint) {
        SourceRef src = lookupWhole(o, hint);
        if (src != null) {
            return src.name();
        }
        List<ActorMatch> ms = dict.find(o, hint);
        if (ms.size() == 1 && !ms.get(0).generic() && ms.get(0).start() == firstWordStart(o)
                && ms.get(0).end() == lastWordEnd(o)) {
            String name = ms.get(0).actor().name();
            if (!name.startsWith("Military Forces of") && !name.startsWith("Police Forces of")
                    && !name.startsWith("Government of")) {
                return name;
            }
        }
        return null;
    }

    /** "Ministry of Defence" -> "Defence Ministry"; "Russian Ministry of Defense" -> "Russian Defence Ministry". */
    private String ministry(String s) {
        Matcher m = MINISTRY_OF.matcher(s);
        if (m.matches()) {
            String pre = m.group("pre").strip();
            String adj = pre;
            if (m.group("country") != null) {
                Optional<String> iso = dict.countries.of(m.group("country"));
                if (iso.isEmpty() || !pre.isEmpty()) {
                    return s;
                }
                adj = dict.countries.adjective(iso.get()).orElse("");
            } else if (!pre.isEmpty() && !isAdjective(pre)) {
                return s;
            }
            return join(adj, ministryWord(m.group("x")) + " Ministry");
        }
        m = X_MINISTRY.matcher(s);
        if (m.matches()) {
            String pre = m.group("pre").strip();
            if (!pre.isEmpty() && !isAdjective(pre)) {
                return s;
            }
            return join(pre, ministryWord(m.group("x")) + " Ministry");
        }
        return s;
    }

    private boolean isMinistry(String s) {
        Matcher m = X_MINISTRY.matcher(s);
        return m.matches() && (m.group("pre").isBlank() || isAdjective(m.group("pre").strip()));
    }

    private boolean isAdjective(String s) {
        return !dict.countries.attributive.whole(s, Token.tokenize(s)).isEmpty();
    }

    private static String ministryWord(String x) {
        String key = SPACES.matcher(x.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String mapped = MINISTRY_WORDS.get(key);
        if (mapped != null) {
            return mapped;
        }
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ text utilities

    /** Quotes, "according to", "so-called", leading determiners/quantifiers and trailing punctuation removed. */
    static String clean(String phrase) {
        if (phrase == null) {
            return "";
        }
        String s = phrase.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        String prev;
        do {
            prev = s;
            s = LEAD_JUNK.matcher(s).replaceFirst("");
            s = TRAIL_JUNK.matcher(s).replaceFirst("");
            s = ACCORDING.matcher(s).replaceFirst("");
            s = SO_CALLED.matcher(s).replaceAll("");
            s = DETERMINER.matcher(s).replaceFirst("");
            s = s.strip();
        } while (!s.equals(prev));
        return s;
    }

    private static String stripDeterminers(String s) {
        return clean(s);
    }

    private static String stripPossessive(String s) {
        return s.replaceFirst("(?:'s|')$", "");
    }

    private static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y;
    }

    private static int firstWordStart(String s) {
        List<Token> t = Token.tokenize(s);
        return t.isEmpty() ? -1 : t.get(0).start();
    }

    private static int lastWordEnd(String s) {
        List<Token> t = Token.tokenize(s);
        return t.isEmpty() ? -1 : t.get(t.size() - 1).end();
    }

    static String guessKind(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        for (String[] e : KIND_SUFFIXES) {
            if (l.equals(e[0]) || l.endsWith(" " + e[0])) {
                return e[1];
            }
        }
        return "unknown";
    }
}
