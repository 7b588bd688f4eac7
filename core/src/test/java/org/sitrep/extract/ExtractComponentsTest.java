package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.CountRole;
import org.sitrep.model.Denial;
import org.sitrep.model.Count;
import org.sitrep.model.Frame;
import org.sitrep.model.Qualifier;
import org.sitrep.model.SourceRef;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;

/** Each extract component on sentences written for this test, with exact spans and values. */
class ExtractComponentsTest {
    private final Lexicon lex = Lexicon.get();

    private static SentenceContext ctx(String text) {
        return Sentences.context(text);
    }

    private static String words(SentenceContext c, Trigger t) {
        return c.syntax().text(t.start(), t.end() - 1);
    }

    @Test
    void triggerFinderReadsFrameSpanAndStatus() {
        SentenceContext c = ctx("Government forces shelled Kidal on Monday, the army said.");
        List<Trigger> ts = new TriggerFinder().find(c);
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).frame()).isEqualTo(Frame.SHELL);
        assertThat(words(c, ts.get(0))).isEqualTo("shelled");
        assertThat(ts.get(0).status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void negatedTriggersAreDroppedAndFutureOnesPlanned() {
        assertThat(new TriggerFinder().find(ctx("The rebels did not attack the town of Kidal."))).isEmpty();
        List<Trigger> planned = new TriggerFinder().find(ctx("The militants will withdraw from Kidal next week."));
        assertThat(planned).extracting(Trigger::status).containsOnly(Status.PLANNED);
    }

    @Test
    void aNounJoinedToANegatedNounSharesItsNegation() {
        // "no" covers both nouns of "no detentions or clashes"; a joined noun with a determiner of its own keeps its status
        assertThat(new TriggerFinder().find(ctx("No detentions or clashes followed in Kidal on Monday.")))
                .extracting(Trigger::frame).doesNotContain(Frame.CLASH);
        assertThat(new TriggerFinder().find(ctx("No injuries or clashes were reported in Kidal on Monday.")))
                .extracting(Trigger::frame).doesNotContain(Frame.CLASH);
        assertThat(new TriggerFinder().find(ctx("No arrests were made, but two clashes erupted in Kidal on Monday.")))
                .extracting(Trigger::frame).contains(Frame.CLASH);
    }

    @Test
    void aThreatIsNoEventButAPreparationIsPlanned() {
        assertThat(new TriggerFinder().find(ctx(
                "The army threatened the rebels in Kidal with a new offensive if they refused to disarm.")))
                .extracting(Trigger::frame).doesNotContain(Frame.CLASH, Frame.OFFENSIVE, Frame.ATTACK);
        assertThat(new TriggerFinder().find(ctx("The militia vowed to attack the town of Gao again."))).isEmpty();
        List<Trigger> prepared = new TriggerFinder().find(ctx("The army is preparing an offensive on Kidal."));
        assertThat(prepared).isNotEmpty();
        assertThat(prepared).extracting(Trigger::status).containsOnly(Status.PLANNED);
        // the threat's sentence can still report a real event
        List<Trigger> fled = new TriggerFinder().find(ctx("Hundreds of families fled Gao after gunmen threatened to attack it."));
        assertThat(fled).extracting(Trigger::frame).containsExactly(Frame.FLEE);
        assertThat(fled).extracting(Trigger::status).containsExactly(Status.OCCURRED);
        // warning shots are shots fired
        assertThat(new TriggerFinder().find(ctx("Police fired warning shots at the crowd in Gao.")))
                .extracting(Trigger::status).contains(Status.OCCURRED);
    }

    @Test
    void statusReaderReadsAnAccusationAsAlleged() {
        SentenceContext c = ctx("Residents accused soldiers of shelling the market in Beni.");
        List<Trigger> ts = new TriggerFinder().find(c);
        assertThat(ts).extracting(Trigger::frame).contains(Frame.SHELL);
        Trigger shell = ts.stream().filter(t -> t.frame() == Frame.SHELL).findFirst().orElseThrow();
        assertThat(new StatusReader().status(c, shell.head())).contains(Status.ALLEGED);
    }

    @Test
    void suspectedPerpetratorsLeaveTheEventOccurredButASuspectedAttackIsAlleged() {
        List<Trigger> gunmen = new TriggerFinder().find(ctx("Suspected bandit gunmen killed four traders on the road to Gusau on Sunday."));
        assertThat(gunmen).isNotEmpty().extracting(Trigger::status).containsOnly(Status.OCCURRED);
        List<Trigger> attack = new TriggerFinder().find(ctx("Residents reported a suspected chlorine attack on the town of Saraqib on Sunday."));
        assertThat(attack).extracting(Trigger::status).contains(Status.ALLEGED);
    }

    @Test
    void grouperSeparatesTwoKindsOfViolence() {
        SentenceContext c = ctx("Air strikes hit Kidal after mortar fire killed four soldiers near the airport.");
        List<EventGrouper.Group> groups = new EventGrouper().group(new TriggerFinder().find(c), c.syntax());
        assertThat(groups).extracting(g -> g.main().frame()).containsExactlyInAnyOrder(Frame.AIR, Frame.SHELL);
        assertThat(groups).allMatch(g -> g.family() == Family.VIOLENCE);
    }

    @Test
    void countReaderReadsVerbCountsAndIncludedParts() {
        Map<CountRole, Count> c = counts("Gunmen stormed the village of Djibo, killing 4 civilians and wounding 11.");
        assertThat(c.get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 civilians"));
        assertThat(c.get(CountRole.INJURED)).isEqualTo(new Count(11L, Qualifier.EXACT, "11"));
        Map<CountRole, Count> parts = counts("At least 40 people, including 8 children, were killed in the raid on Beni.");
        assertThat(parts.get(CountRole.FATALITIES)).isEqualTo(new Count(40L, Qualifier.AT_LEAST, "At least 40 people"));
        assertThat(parts.get(CountRole.CHILDREN_KILLED).value()).isEqualTo(8L);
    }

    @Test
    void countReaderKeepsVagueWordsWithoutAValue() {
        Map<CountRole, Count> c = counts("Dozens of people were injured when police stormed the camp in Bunia.");
        assertThat(c.get(CountRole.INJURED).value()).isNull();
        assertThat(c.get(CountRole.INJURED).qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(c.get(CountRole.INJURED).text()).isEqualTo("Dozens of people");
    }

    private Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(ctx(text), null).forEach(f -> out.put(f.role(), f.count()));
        return out;
    }

    @Test
    void attributionReaderTypesNamedAndPronounSources() {
        assertThat(ctx("Troops killed 3 militants in Gwoza, the Nigerian army said.").attribution().sources())
                .containsExactly(new SourceRef("the Nigerian army", SourceRef.Kind.NAMED));
        // a bare definite noun may point back to the source named just before
        assertThat(ctx("Troops killed 3 militants in Gwoza, the army said.").attribution().sources())
                .containsExactly(new SourceRef("the army", SourceRef.Kind.DEFINITE));
        assertThat(ctx("They killed 3 militants in Gwoza, he said.").attribution().sources())
                .extracting(SourceRef::kind).containsExactly(SourceRef.Kind.PRONOUN);
        SentenceContext denial = ctx("The group denied carrying out the attack in Kidal.");
        assertThat(denial.attribution().denials()).hasSize(1);
        assertThat(denial.attribution().denials().get(0).denier()).isEqualTo("The group");
        assertThat(denial.attribution().denials().get(0).pointsBack()).isFalse();
    }

    @Test
    void aDenialOfTheClaimPointsBackAndAPassiveDenialOfAccessIsNone() {
        Denial claim = ctx("On Tuesday, the defence ministry in the capital denied the reports.").attribution().denials().get(0);
        assertThat(claim.denier()).isEqualTo("the defence ministry in the capital");
        assertThat(claim.object()).isEqualTo("the reports");
        assertThat(claim.pointsBack()).isTrue();
        Denial byAgent = ctx("The allegations were rejected on Monday by the rebel commander.").attribution().denials().get(0);
        assertThat(byAgent.denier()).isEqualTo("the rebel commander");
        assertThat(byAgent.pointsBack()).isTrue();
        assertThat(ctx("Aid agencies working in the north were denied access to the camp on Monday.").attribution().denials()).isEmpty();
        assertThat(ctx("Two senior police officers were dismissed after the protest in the city on Monday.").attribution().denials()).isEmpty();
    }

    @Test
    void argumentReaderReadsAgentAndTarget() {
        SentenceContext c = ctx("Boko Haram fighters attacked an army base in Gwoza on Sunday.");
        Trigger t = new TriggerFinder().find(c).get(0);
        ArgumentReader.Actors a = new ArgumentReader().actors(c.syntax(), t);
        assertThat(a.actor1().text()).isEqualTo("Boko Haram fighters");
        assertThat(a.actor2().head()).isEqualTo("base");
    }

    @Test
    void typingDecidesTerritoryAndClashFromActorTypes() {
        var extraction = new Extractor().extract(TestPipeline.get().annotate(new Ingest().readString("unit",
                "Rebels captured the town of Kidal on Monday.", LocalDate.of(2020, 5, 2)).articles().get(0)));
        var draft = extraction.drafts().get(0);
        assertThat(draft.frame()).isEqualTo(Frame.TAKE);
        Typing typing = new Typing();
        assertThat(typing.refine(draft, new Typing.Party(true, false, true, false, false), Typing.Party.NONE).subEventType())
                .isEqualTo("Non-state actor overtakes territory");
        assertThat(typing.refine(draft, new Typing.Party(true, true, true, false, false), Typing.Party.NONE).subEventType())
                .isEqualTo("Government regains territory");
    }

    @Test
    void aClashIsMobViolenceOnlyWhenItsOwnWordsNameAnUnarmedSide() {
        Typing typing = new Typing();
        Typing.Party unarmed = new Typing.Party(false, false, false, true, false);
        Typing.Party armed = new Typing.Party(true, false, true, false, false);
        // the clash names both of its sides, and one is a crowd of villagers
        var crowd = clashDraft("Villagers clashed with soldiers near Gao on Monday.");
        assertThat(crowd.actor1()).isNotNull();
        assertThat(typing.refine(crowd, unarmed, armed).subEventType()).isEqualTo("Mob violence");
        // the clash's words name no side; civilians filled in later from another clause are no side of it
        var fight = clashDraft("Fierce fighting raged for several hours in the town of Gao on Monday, local officials said.");
        assertThat(fight.actor2()).isNull();
        assertThat(typing.refine(fight, armed, unarmed).subEventType()).isEqualTo("Armed clash");
    }

    private static org.sitrep.model.MentionDraft clashDraft(String text) {
        var extraction = new Extractor().extract(TestPipeline.get().annotate(
                new Ingest().readString("unit", text, LocalDate.of(2020, 5, 2)).articles().get(0)));
        var draft = extraction.drafts().stream().filter(d -> d.frame() == Frame.CLASH).findFirst().orElseThrow();
        return draft;
    }

    @Test
    void frameTableHasEveryFrameAndConsistentFamilies() {
        for (Frame f : Frame.values()) {
            assertThat(lex.frames.row(f)).as("%s", f).isNotNull();
        }
        assertThat(lex.frames.family(Frame.CLASH)).isEqualTo(Family.VIOLENCE);
        assertThat(lex.frames.kind(Frame.TAKE)).isEqualTo(ViolenceKind.GROUND);
        assertThat(lex.frames.counts(Family.MOVEMENT)).containsExactlyInAnyOrder(CountRole.DISPLACED, CountRole.FIGHTERS);
    }
}
