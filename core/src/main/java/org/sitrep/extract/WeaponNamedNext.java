package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Status;
import org.sitrep.model.Token;

/**
 * Gives an attack told without its weapon the weapon the next sentence names: "Three shopkeepers died in
 * two assaults in Anantnag. A grenade thrown at the market hurt a fourth." A wire lead often names
 * the harm first and the means after; ACLED's sub-type follows the means (grenade, explosive device, suicide
 * bomb, chemical agent). Only a lead whose trigger names no weapon (lexicon/unspecified-attacks.tsv) and whose
 * sub-type is still open takes it, and only from the first event of the very next sentence.
 */
final class WeaponNamedNext {
    /** Weapons that define an ACLED sub-type whoever used them. */
    private static final Set<Frame> WEAPONS = Set.of(Frame.GRENADE, Frame.IED, Frame.SUICIDE, Frame.CHEMICAL);

    private final Lexicon lex = Lexicon.get();

    List<MentionDraft> apply(List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i + 1 < out.size(); i++) {
            MentionDraft d = out.get(i);
            if (!"*".equals(d.type().subEventType()) || !unspecified(d)) {
                continue;
            }
            MentionDraft e = firstOfNextSentence(out, i);
            if (e != null && WEAPONS.contains(e.frame()) && e.status() == Status.OCCURRED
                    && !"*".equals(e.type().subEventType())) {
                out.set(i, d.withFrame(e.frame(), e.type()));
            }
        }
        return out;
    }

    private static MentionDraft firstOfNextSentence(List<MentionDraft> drafts, int i) {
        int next = drafts.get(i).sentence().index() + 1;
        for (int j = i + 1; j < drafts.size(); j++) {
            int at = drafts.get(j).sentence().index();
            if (at == next) {
                return drafts.get(j);
            }
            if (at > next) {
                return null;
            }
        }
        return null;
    }

    /** Whether the draft's trigger is a word naming violence without its weapon. */
    private boolean unspecified(MentionDraft d) {
        if (d.frame() != Frame.ATTACK && d.frame() != Frame.CASUALTY) {
            return false;
        }
        for (Token t : d.sentence().tokens()) {
            if (t.begin() == d.triggerStart()) {
                String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
                return lex.unspecifiedAttacks.contains(lemma);
            }
        }
        return false;
    }
}
