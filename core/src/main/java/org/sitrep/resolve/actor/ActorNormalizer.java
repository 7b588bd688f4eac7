package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * Normalizes one noun phrase that the caller already knows is an agent or a target ("Syrian army troops", "the
 * so-called Army of Islam extremist fighters", "regime ally Russia", "Moscow") to one actor.
 *
 * <p>A named group anywhere in the phrase wins over descriptions (the leftmost one if there are several; after an ally
 * word only what follows counts: "regime ally Russia" is Russia). Otherwise the head is the last actor before the first
 * head boundary ("troops loyal to the regime" is troops). A bare country name or capital is that country's government
 * ("Moscow" is the Government of Russia), unless it follows a head boundary ("fighters in Syria" are fighters).
 *
 * <p>Immutable and thread-safe.
 */
final class ActorNormalizer {
    private final ActorFinder finder;
    private final Countries countries;
    private final ActorWords words;

    ActorNormalizer(ActorFinder finder, Countries countries, ActorWords words) {
        this.finder = finder;
        this.countries = countries;
        this.words = words;
    }

    /** The actor a phrase names, with a validated hint (ISO2 or null); its text is the trimmed phrase. */
    Optional<Actor> normalize(String phrase, String hint) {
        String p = phrase.strip();
        List<Token> toks = Token.tokenize(p);
        List<ActorMatch> found = new ArrayList<>(finder.find(p, hint));
        found.addAll(countryReferences(p, toks, found, hint));
        found.sort(Comparator.comparingInt(ActorMatch::start));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // "X's ally Y", "regime ally Russia": the head follows the ally word
        for (int i = toks.size() - 1; i >= 0; i--) {
            if (words.allyWords.contains(toks.get(i).norm()) && !inside(found, toks.get(i).start())) {
                int after = toks.get(i).end();
                List<ActorMatch> tail = found.stream().filter(m -> m.start() >= after).toList();
                if (!tail.isEmpty()) {
                    found = new ArrayList<>(tail);
                }
                break;
            }
        }
        ActorMatch best = found.stream().filter(m -> !m.generic()).findFirst().orElse(null);
        if (best == null) {
            best = head(toks, found);
        }
        Actor a = best.actor();
        return Optional.of(new Actor(a.name(), a.type(), p));
    }

    /** The last match before the first head boundary, else the first match. */
    private ActorMatch head(List<Token> toks, List<ActorMatch> found) {
        int boundary = Integer.MAX_VALUE;
        for (Token t : toks) {
            if (words.headBoundaries.contains(t.norm()) && !inside(found, t.start())) {
                boundary = t.start();
                break;
            }
        }
        ActorMatch best = null;
        for (ActorMatch m : found) {
            if (m.end() <= boundary) {
                best = m;
            }
        }
        return best == null ? found.get(0) : best;
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
                    || i > 0 && words.headBoundaries.contains(toks.get(i - 1).norm())) {
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
                        ActorDictionary.typeFor(ActorType.STATE_FORCES, iso, hint), span);
                out.add(new ActorMatch(best.charStart(), best.charEnd(), span, a, false, null, false));
                i = best.endToken() - 1;
            }
        }
        return out;
    }
}
