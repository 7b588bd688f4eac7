package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Events a sentence reports without a classic trigger word, read only when {@link TriggerFinder} found none in
 * it, so they never add a second event to a sentence that already reports one:
 * <ul>
 *   <li>a crowd gathering for a protest purpose is a protest: a gathering verb (lexicon/gathering-verbs.tsv:
 *       "gathered", "formed a human chain", "did a motorcade") followed in the sentence by a purpose
 *       (lexicon/protest-purposes.tsv: "to demand", "denouncing", "in solidarity with"); a gathering with no
 *       such purpose (fans celebrating, mourners praying) is none;</li>
 *   <li>words that name an event only on their own (lexicon/lone-triggers.tsv: "destroyed six houses" is
 *       property destruction, but in "an air strike destroyed six houses" the damage is the strike's, and in
 *       "the earthquake destroyed 40 homes" a disaster's).</li>
 * </ul>
 * The status and plausibility checks of ordinary triggers apply.
 */
final class LoneTriggers {
    /** Cues that a place changed hands without a fight: told so, or its holders left. */
    private static final Set<Cue> UNFOUGHT = EnumSet.of(Cue.NONVIOLENT, Cue.WITHDRAWAL);

    private final Lexicon lex = Lexicon.get();
    private final StatusReader statuses = new StatusReader();
    private final Plausibility plausibility = new Plausibility();

    /** Whether a sentence may report such an event, before any parse: for the annotators' sentence selection. */
    boolean mayReport(List<String> words, List<String> lemmas) {
        return lex.loneTriggers.occursIn(lemmas, words)
                || lex.gatheringVerbs.occursIn(lemmas, words) && lex.protestPurposes.occursIn(lemmas, words)
                || lemmas.contains("enter") && lex.cues.find(lemmas, words).stream().anyMatch(m -> UNFOUGHT.contains(m.value()));
    }

    /** The events of a sentence in which no ordinary trigger was found. */
    List<Trigger> find(SentenceContext ctx) {
        List<Trigger> out = new ArrayList<>();
        purposefulGathering(ctx).ifPresent(out::add);
        if (out.isEmpty()) {
            unopposedEntry(ctx).ifPresent(out::add);
        }
        if (out.isEmpty() && !ctx.cues().contains(Cue.ACCIDENT)) {
            for (PhraseMatcher.Match<Frame> m : lex.loneTriggers.find(ctx.lemmas(), ctx.words())) {
                accept(ctx, m.value(), m.start(), m.end()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The first gathering with a protest purpose after it in the sentence, as a protest at the gathering verb. */
    private Optional<Trigger> purposefulGathering(SentenceContext ctx) {
        List<PhraseMatcher.Match<Boolean>> purposes = lex.protestPurposes.find(ctx.lemmas(), ctx.words());
        if (purposes.isEmpty()) {
            return Optional.empty();
        }
        for (PhraseMatcher.Match<Boolean> g : lex.gatheringVerbs.find(ctx.lemmas(), ctx.words())) {
            if (purposes.stream().anyMatch(p -> p.start() >= g.end())) {
                Optional<Trigger> t = accept(ctx, Frame.PROTEST, g.start(), g.end());
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Entering a place (a proper name or a territory noun as the object) in a sentence that says no one fought
     * for it or that its holders had left ("entered the town unopposed", "entered X after the garrison pulled
     * out") is a transfer of territory without fighting; entering alone tells no change of control.
     */
    private Optional<Trigger> unopposedEntry(SentenceContext ctx) {
        if (ctx.cues().stream().noneMatch(UNFOUGHT::contains)) {
            return Optional.empty();
        }
        Syntax syn = ctx.syntax();
        for (int k = 0; k < syn.size(); k++) {
            if (!"enter".equals(ctx.lemma(k)) || !syn.token(k).pos().startsWith("VB")) {
                continue;
            }
            int place = syn.child(k, "obj");
            if (place >= 0 && (syn.token(place).pos().startsWith("NNP") || lex.territoryNouns.contains(ctx.lemma(place)))) {
                return accept(ctx, Frame.TRANSFER, k, k + 1);
            }
        }
        return Optional.empty();
    }

    private Optional<Trigger> accept(SentenceContext ctx, Frame frame, int start, int end) {
        int head = TriggerFinder.head(ctx.syntax(), start, end);
        if (ctx.sentence().times().stream().anyMatch(tx -> tx.firstToken() <= head && head <= tx.lastToken())) {
            return Optional.empty();
        }
        Optional<Status> st = statuses.status(ctx, head);
        if (st.isEmpty()) {
            return Optional.empty();
        }
        Trigger t = new Trigger(frame, start, end, head, st.get());
        return plausibility.plausible(t, ctx) ? Optional.of(t) : Optional.empty();
    }
}
