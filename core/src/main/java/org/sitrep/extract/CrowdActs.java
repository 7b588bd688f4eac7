package org.sitrep.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.common.Pronouns;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Frame;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.model.Token;

/**
 * What a crowd's destruction was, for typing by ACLED's codebook: burning done to a person (harm, not property),
 * destruction done at a demonstration of the same sentence (a violent demonstration), and culprits counted in single
 * figures (a few people, not a crowd). Stateless; shared by the threads of one pipeline.
 */
final class CrowdActs {
    private final Lexicon lex = Lexicon.get();
    private final ProtestConduct conduct;

    CrowdActs(ProtestConduct conduct) {
        this.conduct = conduct;
    }

    /**
     * Whether the burning or destruction a trigger tells was done to a person: its object (or passive subject, or
     * the "to" of "set fire to") is a people noun or a pronoun of one person (lexicon/pronouns.tsv): "set him on
     * fire", "a man was set ablaze". "Them" may be barricades or tyres and stays property.
     */
    boolean personSetAlight(Trigger t, SentenceContext ctx) {
        Syntax syn = ctx.syntax();
        int o = syn.child(t.head(), "obj");
        if (o >= 0 && "fire".equals(ctx.lemma(o)) || o < 0) {
            int to = syn.child(t.head(), "obl:to");
            o = to >= 0 ? to : syn.child(t.head(), "nsubj:pass");
        }
        if (o < 0) {
            return false;
        }
        if (Pronouns.of(Pronouns.Use.PERSON).contains(syn.token(o).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        PeopleGroup g = lex.peopleNouns.get(ctx.lemma(o));
        return g != null && g != PeopleGroup.COMBATANT || lex.personRoles.containsKey(ctx.lemma(o));
    }

    /**
     * Whether a destruction trigger tells what a demonstration of its sentence did rather than what the
     * demonstration is about ("protesters burned tyres and vandalised the town hall" against "residents rallied
     * after gunmen torched the market").
     */
    boolean atAProtest(Trigger loot, SentenceContext ctx, List<Trigger> all) {
        return all.stream().anyMatch(t -> (t.frame() == Frame.PROTEST || t.frame() == Frame.RIOT)
                && t.status() == Status.OCCURRED && !conduct.grievance(loot.head(), t.head(), ctx)
                && !conduct.grievance(t.head(), loot.head(), ctx));
    }

    /**
     * "three people", "2 residents": people counted in single figures, who are a few culprits rather than a crowd
     * (ACLED's riots are crowds acting together).
     */
    static boolean few(ActorRef ref, Sentence sentence) {
        List<String> words = Arrays.asList(ref.text().toLowerCase(Locale.ROOT).split("\\s+"));
        List<Token> toks = sentence.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if ("CD".equals(toks.get(i).pos()) && words.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) {
                Long v = QuantityReader.numberValue(toks, i, i);
                if (v != null && v < 10) {
                    return true;
                }
            }
        }
        return false;
    }
}
