package org.sitrep.extract.typing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

/**
 * The embedding typer on sentences written for this test (none of them in the training file): what the
 * classifier reads, when it may overrule the rules and when it may not, and one shared instance on many threads.
 */
class EmbeddingTyperTest {
    private static final String SHELLS = "Artillery shells rained down on the frontline village overnight.";
    private static final String GUNMEN = "Unknown gunmen shot dead a schoolteacher on his way home.";
    private static final String TORCHED = "Protesters torched a bank and pelted police with stones.";
    private static final String SEIZED = "Masked men seized two nurses from a clinic and drove them away.";
    private static final String TRADED = "Rebel fighters and soldiers traded gunfire for hours near the airport road.";
    private static final String FLOOD = "A flood swept away houses in the valley.";

    private static EmbeddingTyper typer;

    @BeforeAll
    static void load() {
        typer = EmbeddingTyper.load();
    }

    private static EventType type(String event, String sub) {
        return new EventType(event, sub);
    }

    @Test
    void readsSentencesItWasNotTrainedOn() {
        assertThat(typer.predict(SHELLS).label()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(typer.predict(GUNMEN).label()).isEqualTo("Attack");
        assertThat(typer.predict(TORCHED).label()).isEqualTo("Violent demonstration");
        assertThat(typer.predict(SEIZED).label()).isEqualTo("Abduction/forced disappearance");
    }

    @Test
    void overrulesTheRulesWithinAContestedGroupWhenClearlyAhead() {
        assertThat(typer.review(SHELLS, type("Explosions/Remote violence", "Air/drone strike")))
                .isEqualTo(type("Explosions/Remote violence", "Shelling/artillery/missile attack"));
        assertThat(typer.review(GUNMEN, type("Battles", "Armed clash")))
                .isEqualTo(type("Violence against civilians", "Attack"));
        assertThat(typer.review(TORCHED, type("Protests", "Peaceful protest")))
                .isEqualTo(type("Riots", "Violent demonstration"));
    }

    @Test
    void keepsTheRulesOutsideContestedGroupsAcrossGroupsAndBelowTheMargin() {
        // Arrests is no contested sub-type: the model never touches it
        assertThat(typer.review(TORCHED, type("Strategic developments", "Arrests")))
                .isEqualTo(type("Strategic developments", "Arrests"));
        // an abduction is not in the clash/attack group, so it cannot replace a clash
        assertThat(typer.review(SEIZED, type("Battles", "Armed clash"))).isEqualTo(type("Battles", "Armed clash"));
        // the model reads a clash here, but by less than the margin
        assertThat(typer.predict(TRADED).label()).isEqualTo("Armed clash");
        assertThat(typer.predict(TRADED).margin()).isLessThan(EmbeddingTyper.MIN_MARGIN);
        assertThat(typer.review(TRADED, type("Violence against civilians", "Attack")))
                .isEqualTo(type("Violence against civilians", "Attack"));
        // it never drops an event, whatever it reads (it takes this flood for looting: one reason it is off)
        assertThat(typer.predict(FLOOD).label()).isEqualTo("Looting/property destruction");
        assertThat(typer.review(FLOOD, type("Protests", "Peaceful protest"))).isEqualTo(type("Protests", "Peaceful protest"));
    }

    @Test
    void rulesOnlyKeepsEveryType() {
        assertThat(TypeReview.RULES_ONLY.review(SHELLS, type("Explosions/Remote violence", "Air/drone strike")))
                .isEqualTo(type("Explosions/Remote violence", "Air/drone strike"));
    }

    @Test
    void oneSharedInstanceGivesTheSequentialResultsOnEightThreads() throws Exception {
        List<String> sentences = List.of(SHELLS, GUNMEN, TORCHED, SEIZED, TRADED, FLOOD);
        List<EventType> rules = List.of(type("Explosions/Remote violence", "Air/drone strike"), type("Battles", "Armed clash"),
                type("Protests", "Peaceful protest"), type("Battles", "Armed clash"),
                type("Violence against civilians", "Attack"), type("Protests", "Peaceful protest"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            expected.add(typer.predict(sentences.get(i)).label() + "|" + typer.review(sentences.get(i), rules.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                runs.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        String[] thisRound = new String[sentences.size()];
                        for (int k = 0; k < sentences.size(); k++) {
                            int i = (k + shift) % sentences.size(); // each thread in its own order
                            thisRound[i] = typer.predict(sentences.get(i)).label() + "|" + typer.review(sentences.get(i), rules.get(i));
                        }
                        got.addAll(List.of(thisRound));
                    }
                    return got;
                }));
            }
            List<String> everyRound = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                everyRound.addAll(expected);
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get(10, TimeUnit.MINUTES)).isEqualTo(everyRound);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
