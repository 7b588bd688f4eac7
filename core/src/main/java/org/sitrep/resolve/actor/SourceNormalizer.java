package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.ActorType;

/**
 * Claimed-source normalization behind {@link ActorDictionary#normalizeSource}. Rows come from
 * {@code /actors/sources.tsv} ({@link SourceTable}); the general rules are listed in that file's header and
 * applied in this order: whole-phrase alias; role ("Observatory head Rami Abdel Rahman", "a spokesman for X"); coordination ("X and Y");
 * rewrites ("Russia's" -> "Russian", "Ministry of Defence" -> "Defence Ministry", "<desc> run by <Org>" ->
 * "<Org> <desc>", "<Org>'s <desc>" -> "<Org> <desc>") followed by a whole-phrase lookup of the rewritten phrase and of
 * "<desc>" in the adjective's country; a known name inside the phrase; a bare country or capital; a named actor.
 *
 * <p>The parts: {@link SourceTable} (rows and lookups), {@link SourceRoles} (a person's role in a source),
 * {@link SourceRewriter} (the rewrites), {@link SourceWords} (word lists), {@link SourceText} (cleaning). This class
 * orders them. Immutable and thread-safe.
 */
final class SourceNormalizer {
    private static final int MAX_DEPTH = 4;
    private static final Pattern DELIMITER = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private final ActorDictionary dict;
    private final SourceTable table;
    private final SourceWords words;
    private final SourceRoles roles;
    private final SourceRewriter rewriter;

    SourceNormalizer(ActorDictionary dict) {
        this.dict = dict;
        this.table = new SourceTable(dict.countries);
        this.words = new SourceWords();
        this.roles = new SourceRoles(table, words);
        this.rewriter = new SourceRewriter(table, words, dict);
    }

    int size() {
        return table.size();
    }

    /** One SourceRef per source named in the phrase (one, unless a coordination of recognised sources). */
    List<SourceRef> describeAll(String phrase, String hint) {
        String s = SourceText.clean(phrase);
        if (s.isEmpty()) {
            return List.of(new SourceRef(s, SourceKind.UNKNOWN, null));
        }
        SourceRef r = table.lookupWhole(s, hint);
        if (r == null) {
            r = roles.role(s, hint, 0, this::known);
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
        String r = rewriter.rewrite(s, hint);
        return new SourceRef(r, words.guessKind(r), null);
    }

    /** A recognised source for the whole of the cleaned phrase {@code s} (not a coordination), or null. */
    private SourceRef known(String s, String hint, int depth) {
        if (s.isEmpty() || depth > MAX_DEPTH) {
            return null;
        }
        SourceRef r = table.lookupWhole(s, hint);
        if (r == null) {
            r = roles.role(s, hint, depth, this::known);
        }
        return r != null ? r : rest(s, hint, depth);
    }

    /** The rules after whole-phrase lookup and roles: rewrites, context, ministry, contained name, country, actor. */
    private SourceRef rest(String s, String hint, int depth) {
        SourceRef r;
        String w = rewriter.rewrite(s, hint);
        if (!w.equals(s)) {
            r = table.lookupWhole(w, hint);
            if (r != null) {
                return r;
            }
        }
        r = table.contextAfterAdjective(w);
        if (r != null) {
            return r;
        }
        if (rewriter.isMinistry(w)) {
            return new SourceRef(w, SourceKind.MINISTRY, null);
        }
        r = table.contained(w);
        if (r != null) {
            return r;
        }
        if (!w.equals(s) && (rewriter.runBy(s) || rewriter.orgPossessive(s, hint) != null)) {
            SourceKind kind = words.guessKind(w);
            return new SourceRef(w, kind == SourceKind.UNKNOWN ? SourceKind.MEDIA_UNIT : kind, null);
        }
        Optional<String> iso = dict.countries.ofNounPhrase(w, Token.tokenize(w));
        if (iso.isPresent()) {
            return new SourceRef(dict.countries.adjective(iso.get()).orElse(iso.get()) + " government",
                    SourceKind.GOVERNMENT, null);
        }
        return actor(w, hint);
    }

    /** A named actor (or a composed state actor) that is the whole phrase: "Hezbollah", "the Nigerian army". */
    private SourceRef actor(String s, String hint) {
        List<ActorMatch> ms = dict.find(s, hint);
        if (ms.size() != 1) {
            return null;
        }
        ActorMatch m = ms.get(0);
        if (m.generic() || m.start() != SourceText.firstWordStart(s) || m.end() != SourceText.lastWordEnd(s)) {
            return null;
        }
        String name = m.actor().name();
        boolean composed = name.startsWith("Military Forces of") || name.startsWith("Police Forces of")
                || name.startsWith("Government of");
        SourceKind kind = name.startsWith("Government of") ? SourceKind.GOVERNMENT
                : m.actor().type().equals(ActorType.STATE_FORCES)
                || m.actor().type().equals(ActorType.FOREIGN_STATE) ? SourceKind.MILITARY : SourceKind.ARMED_GROUP;
        // a composed state actor keeps the article's wording ("Nigerian army"), a named group its canonical name
        return new SourceRef(composed ? s : name, kind, null);
    }

    /** "the monitor and the state agency SANA": each part, when at least one is a recognised source. */
    private List<SourceRef> coordination(String s, String hint, int depth) {
        List<String> parts = split(s);
        if (parts.size() < 2) {
            return null;
        }
        List<SourceRef> refs = new ArrayList<>();
        boolean any = false;
        for (String part : parts) {
            String c = SourceText.clean(part);
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
        List<Token> toks = Token.tokenize(s);
        List<int[]> protectedSpans = new ArrayList<>(table.spans(s, toks));
        for (int i = 0; i < toks.size(); i++) {
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
}
