package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;

/**
 * Makes one armed clash of an attack and the fire that answered it in the next sentence ("Militants threw a
 * grenade at a checkpoint. Soldiers responded with gunfire."), and of shelling followed by fire between both
 * sides or small arms at the same place ("X fired mortars at positions near Y. The monitors counted 20
 * explosions in both directions near Y."). ACLED's codebook codes an exchange between two armed sides as a
 * battle whatever weapon opened it, as the {@code defining} trait of gunfire does within one sentence.
 */
final class ExchangeOfFire {
    private static final EventType CLASH = new EventType("Battles", "Armed clash");
    /** Openings that answered fire turns into an exchange: thrown or planted explosives, raids, shelling. */
    private static final Set<Frame> OPENINGS = Set.of(Frame.GRENADE, Frame.ATTACK, Frame.BOMBING, Frame.IED,
            Frame.EXPLOSION, Frame.SHELL);

    private final Lexicon lex = Lexicon.get();

    List<MentionDraft> apply(List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            MentionDraft d = out.get(i);
            // an attack is answered only where it hit armed people; explosives and shelling whatever they hit
            boolean opening = OPENINGS.contains(d.frame()) && (d.frame() != Frame.ATTACK || d.armedTarget());
            if (!opening || !TollEvents.violent(d.type())) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                MentionDraft e = out.get(j);
                int gap = e.sentence().index() - d.sentence().index();
                if (gap > 1) {
                    break;
                }
                if (gap == 1 && (e.frame() == Frame.GUNFIRE || e.frame() == Frame.CLASH) && answers(d, e)) {
                    out.set(i, asClash(d));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether e's fire answers d: its sentence says the fire was a response, or d was shelling and e tells
     * fire at a place d named.
     */
    private boolean answers(MentionDraft d, MentionDraft e) {
        boolean response = e.sentence().tokens().stream()
                .anyMatch(t -> lex.responseWords.contains((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT)));
        if (response && d.frame() != Frame.SHELL) {
            return true;
        }
        // a bare "fired at" names no weapon of its own: it may be the shelling's fire told again
        boolean bareFire = e.trigger().toLowerCase(Locale.ROOT).startsWith("fir");
        return d.frame() == Frame.SHELL && e.frame() == Frame.GUNFIRE && !bareFire && samePlace(d, e);
    }

    private static boolean samePlace(MentionDraft d, MentionDraft e) {
        for (PlaceRef p : d.places()) {
            for (PlaceRef q : e.places()) {
                if (p.text().equalsIgnoreCase(q.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MentionDraft asClash(MentionDraft d) {
        return new MentionDraft(d.article(), d.sentence(), d.frame(), CLASH, d.status(), d.aggregate(), d.times(),
                d.places(), d.actor1(), d.actor2(), d.counts(), d.attribution(), d.trigger(), d.triggerStart(),
                d.armedTarget());
    }
}
