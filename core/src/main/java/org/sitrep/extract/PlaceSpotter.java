package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Finds spans that may name places: runs of proper nouns, with a direction word before ("eastern
 * Ghouta") and an admin word after ("Idlib province"). The preposition before a span gives its role
 * ("from" origin, "to"/"for"/"towards" destination). Which spans really are places is the gazetteer's call.
 */
public final class PlaceSpotter {
    private static final Set<String> JOINERS = org.sitrep.common.Tsv.words("/lexicon/name-joiners.tsv");

    /** Place spans of a sentence, skipping the tokens of its triggers. */
    public List<PlaceRef> spot(Sentence s, Set<Integer> triggerTokens) {
        List<Token> t = s.tokens();
        List<PlaceRef> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!(NameTokens.properNoun(t.get(i)) || NameTokens.mistaggedName(t, i, false) || writtenContainer(t, i, out) || NameTokens.mistaggedFirstWord(t, i))
                    || triggerTokens.contains(i) || NameTokens.isTimeWord(t.get(i)) && NameTokens.connectorRun(t, i + 1) == 0) {
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < t.size()) {
                if (NameTokens.properNoun(t.get(last + 1)) || NameTokens.mistaggedName(t, last + 1, true)) {
                    last++;
                } else if (NameTokens.connectorRun(t, last + 1) > 0) {
                    last += NameTokens.connectorRun(t, last + 1) + 1;
                } else if (listedJoin(s, first, last) > last) {
                    last = listedJoin(s, first, last);
                } else {
                    break;
                }
            }
            int office = officeNoun(t, first, last);
            if (office > 0) {
                last = office - 1; // "the X Governor's Office", "X Governor Y said": X is the office's seat, Y a person
            }
            if (first > 0 && PlaceWords.isDirection(t.get(first - 1).word())) {
                first--;
            }
            if (numberAfter(t, last)) {
                last += 2; // "Novo-3": a numbered locality beside Novo (a mine's settlement, a block), one name
            }
            if (last + 1 < t.size() && PlaceWords.isKindWord(t.get(last + 1).word())) {
                last++;
            }
            boolean modifier = office > 0
                    || last + 1 < t.size() && isCommonNoun(t.get(last + 1)) && !seatAfter(t, last) && !kindAfterNoun(t, last)
                    || last + 2 < t.size() && t.get(last + 1).word().equals("-") && !NameTokens.properNoun(t.get(last + 2));
            boolean label = last + 1 < t.size() && t.get(last + 1).word().equals(":");
            // "in Taguatinga, Distrito Federal, police arrested": a name written after a place and a comma or bracket
            // is that place's container, whatever the parser makes of it
            if (label || !afterPlace(t, first, out) && !placedByItsWords(t, first, last) && actsAsSubject(s, first, last)) {
                i = last;
                continue; // "Moscow announced a deal", "Russia: militants to leave": a speaker, not a scene
            }
            if (last + 1 < t.size() && PlaceWords.isRouteNoun(t.get(last + 1).word()) && hyphenated(t, first, last)) {
                // "the Tripoli-Beirut highway": the two towns the road links, each a place of its own
                int from = first;
                for (int k = first; k <= last + 1; k++) {
                    if (k == last + 1 || t.get(k).word().equals("-")) {
                        if (k > from) {
                            out.add(new PlaceRef(s.text().substring(t.get(from).begin() - s.begin(),
                                    t.get(k - 1).end() - s.begin()), t.get(from).begin(), t.get(k - 1).end(),
                                    role(t, first), true));
                        }
                        from = k + 1;
                    }
                }
                i = last;
                continue;
            }
            String text = s.text().substring(t.get(first).begin() - s.begin(), t.get(last).end() - s.begin());
            out.add(new PlaceRef(text, t.get(first).begin(), t.get(last).end(), role(t, first), modifier));
            i = last;
        }
        return out;
    }

    /**
     * "X district center", "the X front": a noun after which the place stays the scene (the district's seat, the
     * fighting line at X), not a word qualifying the noun as in "the Kabul University".
     */
    /**
     * The last token of a name that joins the span's words with the name after it across an English or Spanish
     * linking word ({@code lexicon/name-joiners.tsv}: "Bay of Plenty", "San Giorgio a Cremano"), when the gazetteer lists
     * the whole name (its own name or an alternate, kind words aside); else -1. Such words also stand between two
     * names that are no one name ("the Governor of X", "gave X a Y"), so only a listed whole joins.
     */
    private static int listedJoin(Sentence s, int first, int last) {
        List<Token> t = s.tokens();
        if (last + 2 >= t.size() || !JOINERS.contains(t.get(last + 1).word()) || !NameTokens.properNoun(t.get(last + 2))) {
            return -1;
        }
        int end = last + 2;
        while (end + 1 < t.size() && NameTokens.properNoun(t.get(end + 1))) {
            end++;
        }
        for (int e = end; e >= last + 2; e--) { // the longest listed name first
            String text = s.text().substring(t.get(first).begin() - s.begin(), t.get(e).end() - s.begin());
            if (PlaceSpans.listedAsWritten(text)) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The first office noun ({@code lexicon/office-nouns.tsv}) inside a run of names after its first word, or -1: the
     * words before it name the office's seat, those from it on the office or its holder.
     */
    private static int officeNoun(List<Token> t, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (PlaceWords.isOfficeNoun(t.get(k).word())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean seatAfter(List<Token> t, int last) {
        return last + 1 < t.size() && PlaceWords.keepsScene(t.get(last).word(), t.get(last + 1).word());
    }

    /**
     * "the X border district", "the X police district": one common noun and a kind word after the name make it the
     * name of that unit, not a word qualifying the noun.
     */
    private static boolean kindAfterNoun(List<Token> t, int last) {
        return last + 2 < t.size() && PlaceWords.isKindWord(t.get(last + 2).word());
    }

    /** Whether a hyphen and a number of one to three digits, joined to it, follow the name ending at token {@code last}. */
    private static boolean numberAfter(List<Token> t, int last) {
        if (last + 2 >= t.size() || !t.get(last + 1).word().equals("-") || !t.get(last + 2).word().matches("\\d{1,3}")) {
            return false;
        }
        // written as one word: "Novo-3", not "Novo - 3" nor the score "Novo 2-1"
        return t.get(last + 1).begin() == t.get(last).end() && t.get(last + 2).begin() == t.get(last + 1).end()
                && (last + 3 >= t.size() || !t.get(last + 3).word().equals("-"));
    }

    /** "A-B" with a proper noun on each side of every hyphen, and no hyphen at either end. */
    private static boolean hyphenated(List<Token> t, int first, int last) {
        boolean hyphen = false;
        for (int k = first + 1; k < last; k++) {
            if (t.get(k).word().equals("-")) {
                hyphen = true;
                if (!NameTokens.properNoun(t.get(k - 1)) || !NameTokens.properNoun(t.get(k + 1))) {
                    return false;
                }
            }
        }
        return hyphen;
    }

    /**
     * A capitalised word the tagger took for a common noun, written as a place's container: after a place span and a
     * comma or bracket, before a closing bracket, a comma or the end ("(Haveli district, AJK)"), acronyms included, or
     * before a kind word that ends the container ("in X, Y state, residents": a name that is also a currency or a
     * common word is still the state written after the place).
     */
    private static boolean writtenContainer(List<Token> t, int i, List<PlaceRef> found) {
        Token w = t.get(i);
        if (!Character.isUpperCase(w.word().charAt(0)) || !afterPlace(t, i, found) || NameTokens.isTimeWord(w)
                || org.sitrep.resolve.place.PlaceSpans.notAName(w.word())) {
            return false;
        }
        int end = i + 1 < t.size() && PlaceWords.isKindWord(t.get(i + 1).word()) ? i + 1 : i;
        return end + 1 == t.size() || containerEnd(t.get(end + 1).word());
    }

    /** Whether a word closes a written container: a comma, a closing bracket or the sentence's full stop. */
    private static boolean containerEnd(String word) {
        return word.equals(",") || word.equals(")") || word.equals("-RRB-") || word.equals(".");
    }

    /** Whether only a comma or an opening bracket separates token {@code first} from the last span found. */
    private static boolean afterPlace(List<Token> t, int first, List<PlaceRef> found) {
        if (found.isEmpty() || first < 2) {
            return false;
        }
        String gap = t.get(first - 1).word();
        return (gap.equals(",") || gap.equals("(") || gap.equals("-LRB-"))
                && t.get(first - 2).end() == found.get(found.size() - 1).end();
    }

    /**
     * Whether the words around a span say it is a place, whatever the parse makes of it: a locative preposition or "of"
     * before it ("rallied outside the court of X demanding"), or its container written after it ("On 2 May, X, Y state,
     * farmers blocked roads").
     */
    private static boolean placedByItsWords(List<Token> t, int first, int last) {
        if (first > 0 && (PlaceWords.isLocative(t.get(first - 1).word()) || t.get(first - 1).word().equalsIgnoreCase("of"))) {
            return true;
        }
        int k = last + 2;
        if (last + 1 >= t.size() || !t.get(last + 1).word().equals(",")) {
            return false;
        }
        while (k < t.size() && NameTokens.properNoun(t.get(k))) {
            k++;
        }
        return k > last + 2 && k < t.size() && PlaceWords.isKindWord(t.get(k).word());
    }

    /** Whether the span is the active subject or the passive agent ("opened by Russia") of a verb: then it names an actor, not where something happened. */
    private static boolean actsAsSubject(Sentence s, int first, int last) {
        for (var d : s.deps()) {
            if (d.dependent() >= first && d.dependent() <= last && (d.governor() < first || d.governor() > last)
                    && d.governor() >= 0 && s.tokens().get(d.governor()).pos().startsWith("VB")) {
                if (d.relation().startsWith("obl:agent") || d.relation().equals("obl:by") || d.relation().equals("nmod:agent")) {
                    return true;
                }
                // "Moscow announced a deal" acts; "Pul-e Khumri fell to the Taliban" is where it happened
                if (d.relation().equals("nsubj") && hasObject(s, d.governor())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasObject(Sentence s, int verb) {
        for (var d : s.deps()) {
            if (d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("ccomp"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommonNoun(Token t) {
        // "Sirwah district west of X": a direction after a name places something relative to it, it is no noun it modifies
        return !NameTokens.isTimeWord(t) && (t.pos().equals("NN") || t.pos().equals("NNS")) && !PlaceWords.isKindWord(t.word())
                && !PlaceWords.isDirection(t.word())
                && Character.isLowerCase(t.word().charAt(0));
    }

    private static PlaceRef.Role role(List<Token> t, int first) {
        // look back over determiners and adjectives ("to opposition-held Idlib", "from the town of"), and over
        // "in" after people's own places ("returned to their homes in Ramadi", "fled from their villages in Idlib")
        boolean within = false;
        boolean owned = false;
        for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
            String w = t.get(k).word().toLowerCase();
            PlaceRef.Role route = PlaceWords.routeRole(w);
            if (route != null) {
                return !within || owned ? route : PlaceRef.Role.LOCATION;
            }
            String pos = t.get(k).pos();
            if (w.equals("in") && !within && k > 0 && t.get(k - 1).pos().startsWith("NN")
                    && !t.get(k - 1).pos().startsWith("NNP")) {
                within = true;
                continue;
            }
            if (pos.equals("PRP$") && within) {
                owned = true;
                continue;
            }
            boolean skippable = pos.startsWith("JJ") || pos.equals("DT") || pos.equals("HYPH") || w.equals("of")
                    || pos.startsWith("NN") && !pos.startsWith("NNP") || pos.equals("VBN") || pos.equals("POS");
            if (!skippable) {
                break;
            }
        }
        return PlaceRef.Role.LOCATION;
    }
}
