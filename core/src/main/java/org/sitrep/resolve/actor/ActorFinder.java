package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * Finds every actor mention in a text: rows of {@code actors.tsv} and state actors composed from a country word and a
 * force noun ({@link ForceComposer}), longest first and non-overlapping.
 *
 * <p><b>Boundaries.</b> Whole words only; a word joined by a hyphen to the word before or after is not matched on its
 * own ("pro-regime", "IS-held", "Russian-backed" are not actors). Generic military words after "X-backed", "X-led",
 * "pro-X" or a non-state adjective ("Kurdish", "rebel", "tribal" ...) are read as "Unidentified Armed Group": "US-backed
 * forces" are not the hint country's army; "pro-X forces" are X's when X is a named actor. A generic armed noun right
 * after a named group is folded into it: "Army of Islam fighters" is one mention of Jaish al-Islam. An institution noun
 * used as an adjective ("a military source", "government control") is no actor.
 *
 * <p>Immutable and thread-safe.
 */
final class ActorFinder {
    private final PhraseTrie<ActorDictionary.ActorRow> rows;
    private final ForceComposer composer;
    private final ActorWords words;
    private final Countries countries;

    ActorFinder(PhraseTrie<ActorDictionary.ActorRow> rows, Countries countries, ActorWords words) {
        this.rows = rows;
        this.countries = countries;
        this.words = words;
        this.composer = new ForceComposer(countries, words);
    }

    /**
     * A candidate mention: priority 0 named row, 1 composed from countries, 2 generic row; {@code country} is a named
     * row's country (else null); {@code countryUnknown}: a generic name left without the country no hint gave.
     */
    private record Cand(int start, int end, String name, ActorType type, boolean generic, boolean armedNoun,
                        int priority, String country, boolean countryUnknown) {
    }

    /** Every actor mention, with a validated hint (ISO2 or null). */
    List<ActorMatch> find(String text, String hint) {
        List<Token> toks = Token.tokenize(text);
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (PhraseTrie.hyphenJoinedBefore(text, t.start())) {
                continue;
            }
            for (PhraseTrie.Hit<ActorDictionary.ActorRow> h : rows.matchesAt(text, toks, i)) {
                if (PhraseTrie.hyphenJoinedAfter(text, h.charEnd())) {
                    continue;
                }
                Cand c = rowCandidate(text, toks, h, hint);
                if (c != null) {
                    cands.add(c);
                }
            }
            for (ForceComposer.Composed composed : java.util.Arrays.asList(composer.compose(text, toks, i, hint),
                    composer.composeOf(text, toks, i, hint, k -> !rows.matchesAt(text, toks, k).isEmpty()),
                    composer.composeUnit(text, toks, i, hint))) {
                if (composed != null) {
                    cands.add(new Cand(composed.start(), composed.end(), composed.name(),
                            ActorDictionary.typeFor(ActorType.STATE_FORCES, composed.country(), hint),
                            composed.countryUnknown(), false, 1, null, composed.countryUnknown()));
                }
            }
        }
        proSides(text, toks, hint, cands);
        List<Cand> chosen = ledByPro(text, toks, governmentForces(text, foldHeadNouns(text, selectLongest(cands))), hint);
        List<ActorMatch> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            String span = text.substring(c.start, c.end);
            out.add(new ActorMatch(c.start, c.end, span, new Actor(c.name, c.type, span), c.generic, c.country,
                    c.countryUnknown));
        }
        return out;
    }

    private Cand rowCandidate(String text, List<Token> toks, PhraseTrie.Hit<ActorDictionary.ActorRow> h, String hint) {
        ActorDictionary.ActorRow row = pick(h.values(), hint);
        if (row.generic() && composer.attributive(text, toks, h.endToken() - 1)) {
            return null;
        }
        if (h.charEnd() - h.charStart() <= 2 && !row.country().isEmpty() && !row.country().equals(hint)) {
            return null; // two letters ("AA", "FC") name a group only in its own country's news
        }
        if (row.generic() && row.name().base().equals(ActorDictionary.UNIDENTIFIED) && ProSides.before(text, toks, h.startToken()) != null) {
            // "pro-Houthi fighters": the named side's own fighters
            Cand side = proActor(text, toks, h, hint);
            if (side != null) {
                return side;
            }
        }
        if (row.genericStateForce() && row.name().base().startsWith("Military") && sponsoredOrNonState(text, h.charStart())) {
            Cand side = proActor(text, toks, h, hint);
            if (side != null) {
                return side;
            }
            return new Cand(h.charStart(), h.charEnd(), ActorDictionary.UNIDENTIFIED, ActorType.POLITICAL_MILITIA,
                    true, true, 2, null, false);
        }
        String name = row.name().in(hint == null ? null : countries.name(hint).orElse(null));
        ActorType type = ActorDictionary.typeFor(row.type(), row.country().isEmpty() ? hint : row.country(), hint);
        return new Cand(h.charStart(), h.charEnd(), name, type, row.generic(), row.armedNoun(), row.generic() ? 2 : 0,
                row.generic() || row.country().isEmpty() ? null : row.country(),
                row.name().ofArticleCountry() && hint == null);
    }

    /**
     * "pro-Houthi forces": the forces of the named actor after "pro-", when it is a named actor. "US-backed forces" stay
     * unidentified: a backer is not the force it backs.
     */
    private Cand proActor(String text, List<Token> toks, PhraseTrie.Hit<ActorDictionary.ActorRow> h, String hint) {
        ProSides.Pro p = ProSides.before(text, toks, h.startToken());
        if (p == null) {
            return null;
        }
        String side = p.side(text);
        for (PhraseTrie.Hit<ActorDictionary.ActorRow> s : rows.matchesAt(side, Token.tokenize(side), 0)) {
            ActorDictionary.ActorRow row = pick(s.values(), hint);
            if (s.charEnd() == side.length() && !row.generic()) {
                return new Cand(p.start(), h.charEnd(), row.name().base(),
                        ActorDictionary.typeFor(row.type(), row.country().isEmpty() ? hint : row.country(), hint),
                        false, false, 0, row.country().isEmpty() ? null : row.country(), false);
            }
        }
        return null;
    }

    /**
     * "pro-X elements", "a pro-X incursion", "pro-X shelling": X's own side, when X is a named actor and the noun one
     * of {@code side-nouns.tsv} or {@code attack-nouns.tsv}; the mention spans both words.
     */
    private void proSides(String text, List<Token> toks, String hint, List<Cand> cands) {
        for (int k = 0; k < toks.size(); k++) {
            ProSides.Noun n = ProSides.noun(text, toks, k);
            if (n == null) {
                continue;
            }
            k += 2; // the next "pro-X noun" starts after this one's noun
            if (!words.proSideNouns.contains(n.noun().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String side = n.pro().side(text);
            for (PhraseTrie.Hit<ActorDictionary.ActorRow> s : rows.matchesAt(side, Token.tokenize(side), 0)) {
                ActorDictionary.ActorRow row = pick(s.values(), hint);
                if (s.charEnd() == side.length() && !row.generic()) {
                    cands.add(new Cand(n.pro().start(), n.end(), row.name().base(),
                            ActorDictionary.typeFor(row.type(), row.country().isEmpty() ? hint : row.country(), hint),
                            false, false, 0, row.country().isEmpty() ? null : row.country(), false));
                    break;
                }
            }
        }
    }

    /**
     * "pro-X and Y forces", "pro-X and affiliated forces": one side, the forces "pro-X forces" names, spanning the
     * whole phrase (Y's own mention, if any, is folded in): the coalition is coded by its leading party.
     */
    private List<Cand> ledByPro(String text, List<Token> toks, List<Cand> chosen, String hint) {
        List<Cand> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            boolean armed = !c.type.crowd() && c.type != ActorType.CIVILIANS;
            ProSides.Pro p = armed ? ProSides.andBefore(text, toks, c.start) : null;
            if (p != null) {
                String led = "pro-" + p.side(text) + " forces";
                Cand side = null;
                for (ActorMatch a : find(led, hint)) {
                    boolean whole = a.start() == 0 && a.end() == led.length();
                    if (whole && (!a.generic() || ActorRoles.isState(a.actor()))) {
                        side = new Cand(p.start(), c.end, a.actor().name(), a.actor().type(), a.generic(), true,
                                a.generic() ? 2 : 0, a.country(), a.countryUnknown());
                    }
                }
                if (side != null) {
                    int start = side.start;
                    out.removeIf(o -> o.end > start);
                    out.add(side);
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Of rows sharing an alias, the one for the hint country, else the first. */
    private static ActorDictionary.ActorRow pick(List<ActorDictionary.ActorRow> rows, String hint) {
        if (hint != null) {
            for (ActorDictionary.ActorRow r : rows) {
                if (hint.equals(r.country())) {
                    return r;
                }
            }
        }
        return rows.get(0);
    }

    private boolean sponsoredOrNonState(String text, int start) {
        String before = text.substring(Math.max(0, start - 60), start);
        if (words.sponsoredBefore.matcher(before).find()) {
            return true;
        }
        List<Token> prev = Token.tokenize(before);
        if (prev.isEmpty()) {
            return false;
        }
        Token last = prev.get(prev.size() - 1);
        int offset = start - before.length();
        return words.nonStateModifiers.contains(last.norm())
                && PhraseTrie.joinable(text, offset + last.end(), start)
                && !PhraseTrie.hyphenJoinedAfter(text, offset + last.end());
    }

    private static List<Cand> selectLongest(List<Cand> cands) {
        List<Cand> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.<Cand>comparingInt(c -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.start).thenComparingInt(c -> c.priority));
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : sorted) {
            if (chosen.stream().noneMatch(o -> c.start < o.end && o.start < c.end)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        return chosen;
    }

    /** "Army of Islam fighters", "Houthi rebels", "Hezbollah forces": one mention of the named group. */
    private static List<Cand> foldHeadNouns(String text, List<Cand> chosen) {
        return joinNeighbours(text, chosen, (prev, c) -> !prev.generic && prev.priority == 0 && c.armedNoun
                ? new Cand(prev.start, c.end, prev.name, prev.type, false, false, 0, prev.country, false) : null);
    }

    /**
     * "regime security forces", "government special forces": a government's word used as the adjective of its own
     * armed forces is one mention of the forces, not the government beside them.
     */
    private static List<Cand> governmentForces(String text, List<Cand> chosen) {
        return joinNeighbours(text, chosen, (prev, c) -> {
            boolean forces = c.generic && (c.name.startsWith("Military Forces") || c.name.startsWith("Police Forces"));
            return prev.generic && prev.name.startsWith("Government") && forces
                    ? new Cand(prev.start, c.end, c.name, c.type, c.generic, c.armedNoun, c.priority, c.country,
                    c.countryUnknown) : null;
        });
    }

    /**
     * The mentions in order, each that only white space parts from the one before it replaced, with that one, by what
     * {@code join} makes of the two (null: kept apart).
     */
    private static List<Cand> joinNeighbours(String text, List<Cand> chosen, java.util.function.BinaryOperator<Cand> join) {
        List<Cand> out = new ArrayList<>(chosen.size());
        for (Cand c : chosen) {
            if (!out.isEmpty()) {
                Cand prev = out.get(out.size() - 1);
                Cand joined = onlySpaces(text, prev.end, c.start) ? join.apply(prev, c) : null;
                if (joined != null) {
                    out.set(out.size() - 1, joined);
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Whether only white space (at least one character) lies between {@code from} and {@code to}. */
    static boolean onlySpaces(String text, int from, int to) {
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
}
