package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.common.Tsv;

/**
 * The rows of {@code /actors/sources.tsv} and the lookups over them: a row for a whole phrase, a context row after a
 * country adjective, the longest source name inside a phrase. Immutable and thread-safe.
 */
final class SourceTable {

    enum Mode { NAME, PHRASE, CONTEXT }

    record SourceRow(String alias, String canonical, SourceKind kind, String country, Mode mode, int line) {
    }

    private final Countries countries;
    private final PhraseTrie<SourceRow> trie = new PhraseTrie<>();

    SourceTable(Countries countries) {
        this(countries, ActorDictionary.SOURCES);
    }

    /** The rows of {@code res}, a file in the format of {@code sources.tsv}; a row that breaks it fails, naming it. */
    SourceTable(Countries countries, String res) {
        this.countries = countries;
        for (Tsv.Row row : Tsv.read(res, 5)) {
            String where = res + ":" + row.line() + ": ";
            String alias = row.get(0);
            String canonical = row.get(1);
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
            SourceKind kind = SourceKind.listed(row.get(2)).orElseThrow(() -> new IllegalStateException(
                    where + "unknown source kind '" + row.get(2) + "' (the kinds are those of SourceKind)"));
            if (!country.isEmpty() && countries.name(country).isEmpty()) {
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

    /** A row for the whole phrase: a name or phrase row, else a context row for the hint country. */
    SourceRef lookupWhole(String s, String hint) {
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
    SourceRef contextAfterAdjective(String s) {
        List<Token> toks = Token.tokenize(s);
        if (toks.size() < 2) {
            return null;
        }
        for (PhraseTrie.Hit<String> h : countries.attributive.matchesAt(s, toks, 0)) {
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
    SourceRef contained(String s) {
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

    /** The character spans of every source name in the phrase, which a coordination must not split. */
    List<int[]> spans(String s, List<Token> toks) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            for (PhraseTrie.Hit<SourceRow> h : trie.matchesAt(s, toks, i)) {
                out.add(new int[]{h.charStart(), h.charEnd()});
            }
        }
        return out;
    }
}
