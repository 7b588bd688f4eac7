package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What the sides of an event are for ACLED's codebook, from what the resolve stage found of them ({@link Typing.Party})
 * and their own words ({@link ParticipantWords}): unarmed people, an unorganised crowd, non-combatant soldiers.
 */
final class SideKinds {
    private final ParticipantWords words = new ParticipantWords();

    /**
     * Whether a participant is unarmed: the resolve stage found civilians, protesters or rioters, or its own
     * words name a crowd or unarmed people ("two groups of villagers", "an off-duty policeman") and no state
     * force or named armed group was found for them.
     */
    boolean unarmed(ActorRef ref, Typing.Party p, List<Sentence> told) {
        if (ref == null) {
            return false;
        }
        if (p.unarmed()) {
            return true;
        }
        Typing.Party own = p.of(ref);
        ParticipantWords.Kind k = kind(ref, told);
        boolean unarmedWords = k == ParticipantWords.Kind.CROWD || k == ParticipantWords.Kind.UNARMED;
        return unarmedWords && !own.state() && (!own.armed() || own.unidentified());
    }

    /** A crowd of unorganised people as the perpetrator ("a group of residents", "five persons", "locals"). */
    boolean crowd(ActorRef ref, Typing.Party party, List<Sentence> told) {
        Typing.Party p = party.of(ref);
        return ref != null && kind(ref, told) == ParticipantWords.Kind.CROWD && !p.state() && (!p.armed() || p.unidentified());
    }

    /**
     * Harm done with stones, sticks or fists by people whose words name a crowd or no armed group ("two brothers
     * beat a neighbour with sticks"): a crowd's violence, not an armed group's attack.
     */
    boolean crowdMeans(ActorRef ref, Typing.Party party, FightMeans.Means means, List<Sentence> told) {
        if (means != FightMeans.Means.CROWD || ref == null) {
            return false;
        }
        // people named as a crowd or as unarmed people, or by words that name no armed group ("two brothers");
        // "gang members" or "assailants", whom the resolver finds armed, stay an armed group's attack
        ParticipantWords.Kind kind = kind(ref, told);
        Typing.Party p = party.of(ref);
        boolean people = kind == ParticipantWords.Kind.CROWD || kind == ParticipantWords.Kind.UNARMED
                || kind == ParticipantWords.Kind.UNKNOWN && !p.armed();
        return people && !p.state();
    }

    /**
     * A party's members or supporters as a side of a fight ("members of the ruling party clashed with opposition
     * party youths"): ACLED's rioters, unless the resolve stage found a named armed group or state force for them.
     */
    boolean partisans(ActorRef ref, Typing.Party party, List<Sentence> told) {
        Typing.Party p = party.of(ref);
        return ref != null && words.namesParty(ParticipantWords.phrase(ref, told)) && !p.state() && (!p.armed() || p.unidentified());
    }

    /**
     * The words of a side: the draft's own, or, when the draft named none ("two thieves were beaten up and handed over
     * by locals", where the parse hung "by locals" elsewhere), the words the resolve stage found the party by when they
     * are in one of the given sentences, as the whole phrase they head there ("unknown people" for "people"); null
     * when neither.
     */
    ActorRef side(ActorRef ref, Typing.Party party, List<Sentence> sentences) {
        if (ref != null || !party.named() || party.words() == null || party.words().isBlank()) {
            return ref;
        }
        for (Sentence s : sentences) {
            int at = s.text().indexOf(party.words());
            if (at < 0) {
                continue;
            }
            int begin = s.begin() + at;
            int end = begin + party.words().length();
            Syntax syn = new Syntax(s);
            for (int k = 0; k < syn.size(); k++) {
                Token t = syn.token(k);
                if (t.begin() < begin || t.end() > end) {
                    continue;
                }
                org.sitrep.model.Dependency up = syn.parent(k);
                boolean outside = up == null || up.governor() < 0 || syn.token(up.governor()).begin() < begin
                        || syn.token(up.governor()).end() > end;
                if (outside) {
                    // the whole phrase the words head: "unknown people" for "people"
                    int[] span = syn.phrase(k);
                    return new ActorRef(syn.text(span[0], span[1]), t.word().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return null;
    }

    /**
     * Whether the party the resolve stage found for the target was read from the doer's own words, not the target's:
     * each of its words is a word of the doer's phrase or of the doer's found party ("gunmen" of "gunmen of the 22nd
     * Brigade", "IS" of "Boko Haram/IS"), and the target's own phrase, if any, is not where it was read. Not for the
     * unidentified armed group a generic word names.
     */
    boolean doersOwnWords(Typing.Party target, ActorRef victim, ActorRef doer, Typing.Party doerParty, List<Sentence> told) {
        // a generic word's unidentified armed group ("fighters") may be anyone of the sentence, the target too; a name
        // ("IS") or a force ("military") read inside the doer's words is the doer
        if (!target.named() || target.unidentified() || !doerParty.named() || target.words() == null
                || victim != null && target.of(victim) == target) {
            return false;
        }
        List<String> found = ParticipantWords.wordsOf(ParticipantWords.phrase(new ActorRef(target.words(), null), told));
        java.util.Set<String> doers = new java.util.HashSet<>(ParticipantWords.wordsOf(ParticipantWords.phrase(doer, told)));
        if (doerParty.words() != null) {
            doers.addAll(ParticipantWords.wordsOf(ParticipantWords.phrase(new ActorRef(doerParty.words(), null), told)));
        }
        return !found.isEmpty() && doers.containsAll(found);
    }

    /** Soldiers or police harmed when off duty, retired or former ones: ACLED's civilians. */
    boolean noncombatantVictims(MentionDraft d) {
        return words.noncombatantIn(d.sentence());
    }

    /** What a side's words name, read from its tokens in the first of the sentences told that holds them. */
    private ParticipantWords.Kind kind(ActorRef ref, List<Sentence> told) {
        return words.of(ParticipantWords.phrase(ref, told), ref.head());
    }
}
