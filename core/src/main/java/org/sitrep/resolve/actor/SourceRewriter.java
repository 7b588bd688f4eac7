package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * The general rewrites of a source phrase: "a media unit run by X" -> "X media unit", "Russia's Defence Ministry" ->
 * "Russian Defence Ministry", "the country's news agency" (with a hint), "X's military media unit" -> "X military media
 * unit" when X is a known source or named actor, "Ministry of Defense" -> "Defence Ministry". Immutable and
 * thread-safe.
 */
final class SourceRewriter {
    static final String OWNER_PHRASES = "/actors/owner-phrases.tsv";
    /** "<desc> run by <org>": a phrase of {@code owner-phrases.tsv} between the description and its owner. */
    private static final Pattern RUN_BY = runBy();
    /** "regime ally ": the words up to an ally word ({@code ally-words.tsv}), before the ally's name. */
    private static final Pattern ALLY_PREFIX = Pattern.compile("(?i)^.*?\\b(?:"
            + String.join("|", ActorWords.load().allyWords.stream().map(Pattern::quote).toList()) + ")\\s+");
    private static final Pattern MINISTRY_OF = Pattern.compile("(?i)^(?<pre>.*?)\\s*\\bministry\\s+of\\s+(?:the\\s+)?"
            + "(?<x>[\\p{L}][\\p{L} ]*?)(?:\\s+(?:of|in)\\s+(?:the\\s+)?(?<country>[\\p{L}' ]+))?$");
    private static final Pattern X_MINISTRY = Pattern.compile("(?i)^(?<pre>.*?)\\s*\\b(?<x>\\p{L}+(?:\\s+affairs)?)"
            + "\\s+ministry$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SourceTable table;
    private final SourceWords words;
    private final Countries countries;
    private final ActorDictionary dict;

    private static Pattern runBy() {
        List<String> phrases = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(OWNER_PHRASES, 1)) {
            phrases.add(LexiconPhrase.regex(r.get(0).toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile("(?i)^(?<desc>.+?)\\s+(?:" + String.join("|", phrases) + ")\\s+(?<org>.+)$");
    }

    SourceRewriter(SourceTable table, SourceWords words, ActorDictionary dict) {
        this.table = table;
        this.words = words;
        this.dict = dict;
        this.countries = dict.countries;
    }

    /**
     * The phrase with the general rules applied: run-by, country possessive to adjective, organisation possessive,
     * ministry word order. Returns {@code s} unchanged when no rule applies.
     */
    String rewrite(String s, String hint) {
        Matcher rb = RUN_BY.matcher(s);
        if (rb.matches()) {
            String desc = rb.group("desc");
            String org = rb.group("org");
            String orgName = orgName(org, hint);
            return ministry(orgName + " " + SourceText.clean(desc));
        }
        String w = countryPossessive(s, hint);
        if (w == null) {
            w = orgPossessive(s, hint);
        }
        return ministry(w == null ? s : w);
    }

    /** Whether the phrase is "<desc> run by <Org>" ("belonging to", "affiliated with" ...). */
    boolean runBy(String s) {
        return RUN_BY.matcher(s).matches();
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
            return SourceText.join(countries.adjective(hint).orElse(hint), s.substring(first.end()));
        }
        for (PhraseTrie.Hit<String> h : countries.named.matchesAt(s, toks, 0)) {
            Token last = toks.get(h.endToken() - 1);
            String iso = h.values().get(0);
            String adj = countries.adjective(iso).orElse(iso);
            if (last.possessive() && h.charEnd() == last.baseEnd()) {
                return SourceText.join(adj, s.substring(last.end()));
            }
            int e = last.end();
            if (h.charEnd() == e && e + 1 < s.length() && s.charAt(e) == '\'' && s.charAt(e + 1) == ' ') {
                return SourceText.join(adj, s.substring(e + 1));
            }
        }
        return null;
    }

    /** "Hezbollah's military media unit" -> "Hezbollah military media unit", when the owner is a known actor or source. */
    String orgPossessive(String s, String hint) {
        List<Token> toks = Token.tokenize(s);
        for (int k = 0; k < toks.size() - 1; k++) {
            Token t = toks.get(k);
            if (!t.possessive()) {
                continue;
            }
            String owner = s.substring(0, t.baseEnd());
            String rest = s.substring(t.end()).strip();
            if (rest.isEmpty() || words.roles.contains(rest.toLowerCase(Locale.ROOT))) {
                return null;
            }
            String name = namedOrg(owner, hint);
            return name == null ? null : SourceText.join(name, rest);
        }
        return null;
    }

    /** The name to put in front of a description: a source's or named actor's canonical name, a country adjective. */
    private String orgName(String org, String hint) {
        String o = SourceText.clean(org);
        Matcher ally = ALLY_PREFIX.matcher(o);
        if (ally.find()) {
            o = SourceText.clean(o.substring(ally.end()));
        }
        String named = namedOrg(o, hint);
        if (named != null) {
            return named;
        }
        Optional<String> iso = countries.of(o);
        if (iso.isPresent()) {
            return countries.adjective(iso.get()).orElse(o);
        }
        return o;
    }

    /** Canonical name when {@code o} is a known source name or a named (non-generic) actor, else null. */
    private String namedOrg(String o, String hint) {
        SourceRef src = table.lookupWhole(o, hint);
        if (src != null) {
            return src.name();
        }
        List<ActorMatch> ms = dict.find(o, hint);
        if (ms.size() == 1 && !ms.get(0).generic() && ms.get(0).start() == SourceText.firstWordStart(o)
                && ms.get(0).end() == SourceText.lastWordEnd(o)) {
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
                Optional<String> iso = countries.of(m.group("country"));
                if (iso.isEmpty() || !pre.isEmpty()) {
                    return s;
                }
                adj = countries.adjective(iso.get()).orElse("");
            } else if (!pre.isEmpty() && !isAdjective(pre)) {
                return s;
            }
            return SourceText.join(adj, ministryWord(m.group("x")) + " Ministry");
        }
        m = X_MINISTRY.matcher(s);
        if (m.matches()) {
            String pre = m.group("pre").strip();
            if (!pre.isEmpty() && !isAdjective(pre)) {
                return s;
            }
            return SourceText.join(pre, ministryWord(m.group("x")) + " Ministry");
        }
        return s;
    }

    boolean isMinistry(String s) {
        Matcher m = X_MINISTRY.matcher(s);
        return m.matches() && (m.group("pre").isBlank() || isAdjective(m.group("pre").strip()));
    }

    private boolean isAdjective(String s) {
        return !countries.attributive.whole(s, Token.tokenize(s)).isEmpty();
    }

    private String ministryWord(String x) {
        String key = SPACES.matcher(x.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        String mapped = words.ministryWord(key);
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
}
