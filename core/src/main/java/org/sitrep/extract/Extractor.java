package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.SentenceSelector;
import org.sitrep.model.ActorRef;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Count;
import org.sitrep.model.Denial;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The extract stage: finds event mentions in annotated sentences.
 *
 * <p>Per sentence: triggers from the lexicon, grouped into families (violence, protest, movement of
 * people, agreement, ...); the strongest frame of each family becomes one draft. Its arguments come
 * from the dependency parse (agent, patient, attribution), the count reader and the place spotter.
 * Negated triggers ("refused to release") yield nothing; future ones are planned.
 */
public final class Extractor {
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("AIR", "violence"), Map.entry("SHELL", "violence"), Map.entry("BOMBING", "violence"),
            Map.entry("SUICIDE", "violence"), Map.entry("IED", "violence"), Map.entry("EXPLOSION", "violence"),
            Map.entry("GRENADE", "violence"), Map.entry("CHEMICAL", "violence"), Map.entry("CLASH", "violence"),
            Map.entry("OFFENSIVE", "violence"), Map.entry("ATTACK", "violence"), Map.entry("CASUALTY", "violence"),
            Map.entry("TAKE", "violence"), Map.entry("ABDUCT", "violence"), Map.entry("SEXUAL", "violence"),
            Map.entry("PROTEST", "crowd"), Map.entry("RIOT", "crowd"), Map.entry("MOB", "crowd"),
            Map.entry("EVACUATE", "movement"), Map.entry("LEAVE", "movement"), Map.entry("FLEE", "movement"),
            Map.entry("RETURN", "movement"));
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    private static final Set<String> NEGATING_GOVERNORS = Set.of("refuse", "fail", "stop", "prevent", "decline",
            "avoid", "halt", "block", "reject");
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "could", "may", "might",
            "should", "must", "can");
    private static final Set<String> REAL_GOVERNORS = Set.of("begin", "start", "continue", "force", "manage",
            "compel", "oblige", "help", "try", "resume", "renew");
    private static final Set<String> CAUSATIVES = Set.of("prompt", "lead", "cause", "push", "spark", "trigger",
            "allow", "enable");
    private static final Set<String> INTENT_GOVERNORS = Set.of("threaten", "plan", "prepare", "vow", "warn",
            "propose", "demand", "seek", "intend", "aim", "expect", "consider", "discuss", "negotiate", "angle");
    private static final Set<String> DEAL_VERBS = Set.of("reach", "sign", "announce", "agree", "broker", "strike",
            "conclude", "seal", "secure", "confirm", "accept", "approve", "finalize", "finalise", "declare");
    private static final Set<String> LAUNCH_VERBS = Set.of("launch", "begin", "start", "mount", "renew", "carry",
            "conduct", "continue", "resume", "step", "intensify", "escalate");
    /** Kinds of violence: two different kinds in one sentence are two events; fighting and taking ground are one. */
    private static final Map<String, String> VIOLENCE_KIND = Map.ofEntries(
            Map.entry("AIR", "AIR"), Map.entry("SHELL", "SHELL"),
            Map.entry("SUICIDE", "SUICIDE"), Map.entry("IED", "IED"), Map.entry("GRENADE", "GRENADE"),
            Map.entry("CHEMICAL", "CHEMICAL"), Map.entry("CLASH", "GROUND"), Map.entry("TAKE", "GROUND"),
            Map.entry("ABDUCT", "ABDUCT"), Map.entry("SEXUAL", "SEXUAL"));
    /** Explosive frames a disrupted-weapons report explains: the device was defused, the drone shot down. */
    private static final Set<String> DISRUPTABLE = Set.of("IED", "EXPLOSION", "BOMBING", "SHELL", "AIR", "CASUALTY");
    private static final Set<String> SPORT_METAPHORS = Set.of("CLASH", "ATTACK", "CASUALTY", "TAKE", "SHELL",
            "AIR", "BOMBING", "OFFENSIVE");
    private static final Set<String> BASE_NOUNS = Set.of("base", "camp", "headquarters", "outpost", "position",
            "checkpoint", "garrison", "office", "post");
    private static final Set<String> ALLEGING = Set.of("accuse", "allege", "blame");
    private static final Set<String> ARMED_ADJECTIVES = Set.of("armed", "masked", "unidentified", "unknown",
            "suspected", "gun-wielding");
    /** Which counts each family may carry. */
    private static final Map<String, Set<String>> COUNT_ROLES = Map.of(
            "violence", Set.of("fatalities", "injured", "children_killed", "women_killed", "civilians_killed",
                    "children_injured", "women_injured", "civilians_injured", "abducted"),
            "crowd", Set.of("fatalities", "injured", "children_killed", "detained"),
            "movement", Set.of("displaced", "fighters"),
            "RELEASE", Set.of("released"),
            "ARREST", Set.of("detained"));

    private static final Set<String> VIOLENT_TYPES = Set.of("Explosions/Remote violence", "Battles",
            "Violence against civilians");

    private final Lexicon lex = Lexicon.get();
    /** Whether the sentence before the current one reported violence: "2 civilians were killed" then belongs to it. */
    private boolean previousViolent;
    private final CountReader counts = new CountReader();
    private final PlaceSpotter places = new PlaceSpotter();
    private final AttributionReader attribution = new AttributionReader();

    /** Sentences that can report an event: they hold a trigger. Only those get the expensive annotators. */
    public SentenceSelector selector() {
        return (words, lemmas) -> lex.triggers.occursIn(lemmas, words);
    }

    public Extraction extract(AnnotatedArticle doc) {
        List<MentionDraft> drafts = new ArrayList<>();
        List<Denial> denials = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!s.deep()) {
                continue;
            }
            previousViolent = !drafts.isEmpty() && drafts.get(drafts.size() - 1).sentence().index() == s.index() - 1
                    && VIOLENT_TYPES.contains(drafts.get(drafts.size() - 1).type().eventType());
            readSentence(doc, s, drafts, denials);
        }
        return new Extraction(doc, drafts, denials);
    }

    private record Trigger(String frame, int start, int end, int head) {
    }

    private void readSentence(AnnotatedArticle doc, Sentence s, List<MentionDraft> drafts, List<Denial> denials) {
        List<String> lemmas = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Token t : s.tokens()) {
            words.add(t.word().toLowerCase());
            lemmas.add(t.lemma() == null ? t.word().toLowerCase() : t.lemma().toLowerCase());
        }
        Syntax syn = new Syntax(s);
        AttributionReader.Result attr = attribution.read(s, syn, lemmas, words);
        denials.addAll(attr.denials());
        Set<String> cues = new HashSet<>();
        for (PhraseMatcher.Match<String> m : lex.cues.find(lemmas, words)) {
            cues.add(m.value());
        }

        List<Trigger> triggers = new ArrayList<>();
        Map<Trigger, Status> statuses = new LinkedHashMap<>();
        for (PhraseMatcher.Match<String> m : lex.triggers.find(lemmas, words)) {
            int head = head(syn, m.start(), m.end());
            final int h0 = head;
            if (s.times().stream().anyMatch(tx -> tx.firstToken() <= h0 && h0 <= tx.lastToken())) {
                continue; // "since March 2011" is no march
            }
            Trigger t = new Trigger(m.value(), m.start(), m.end(), head);
            if (t.frame().equals("TAKE") && seizesPeople(syn, head, lemmas)) {
                t = new Trigger("ABDUCT", m.start(), m.end(), head); // "seized 11 pupils from a school"
            }
            if (t.frame().equals("NONE") || cues.contains("sport") && SPORT_METAPHORS.contains(t.frame())) {
                continue;
            }
            Status st = status(syn, head, attr.denyHeads(), cues);
            if (st == null && t.frame().equals("ACCESS")) {
                st = Status.OCCURRED; // access refused or blocked is itself the event
            }
            if (st == null && t.frame().equals("CASUALTY") && head > 0 && words.get(head - 1).equals("no")) {
                st = Status.OCCURRED; // "no casualties were reported" is a reported zero, not a negated event
            }
            if (st == null) {
                continue; // negated
            }
            if (!plausible(t, syn, lemmas)) {
                continue;
            }
            triggers.add(t);
            statuses.put(t, st);
        }
        absorbDependents(triggers, syn);
        if (triggers.isEmpty()) {
            return;
        }
        Map<String, List<Trigger>> byFamily = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            byFamily.computeIfAbsent(familyKey(t, triggers), k -> new ArrayList<>()).add(t);
        }
        // a protest or riot absorbs the violence in its sentence ("police fired on protesters, killing 3")
        if (byFamily.containsKey("crowd")) {
            for (String k : List.copyOf(byFamily.keySet())) {
                if (k.startsWith("violence")) {
                    byFamily.get("crowd").addAll(byFamily.remove(k));
                }
            }
        }
        if (byFamily.containsKey("DISRUPT")) {
            for (String k : List.copyOf(byFamily.keySet())) {
                if (k.startsWith("violence") && byFamily.get(k).stream().allMatch(t -> DISRUPTABLE.contains(t.frame()))) {
                    byFamily.remove(k);
                }
            }
        }
        Set<Integer> triggerTokens = new HashSet<>();
        for (Trigger t : triggers) {
            for (int k = t.start(); k < t.end(); k++) {
                triggerTokens.add(k);
            }
        }
        List<PlaceRef> refs = places.spot(s, triggerTokens);
        List<CountReader.Found> found = counts.read(s, syn, lemmas, words,
                byFamily.keySet().stream().anyMatch(k -> k.startsWith("movement")) ? "displaced" : null);
        List<Trigger> mains = new ArrayList<>();
        for (List<Trigger> fam : byFamily.values()) {
            mains.add(mainOf(fam, syn));
        }
        for (Map.Entry<String, List<Trigger>> e : byFamily.entrySet()) {
            List<Trigger> fam = e.getValue();
            String family = e.getKey().replaceAll("#.*", "");
            Trigger main = mainOf(fam, syn);
            if (!eventWorthy(main, fam, syn, lemmas, found, refs, s)) {
                continue;
            }
            Set<String> frames = new HashSet<>();
            fam.forEach(t -> frames.add(t.frame()));
            Map<String, Count> c = countsFor(main, mains, family, found);
            EventType type = classify(main, frames, cues, c, lemmas, protestersArrested(triggers, syn, lemmas));
            Status status = statuses.get(main);
            if (status == Status.OCCURRED && cues.contains("alleged")) {
                status = Status.ALLEGED;
            }
            boolean accused = lemmas.stream().anyMatch(ALLEGING::contains);
            if (!attr.denials().isEmpty() && (status == Status.OCCURRED || status == Status.ALLEGED
                    || status == Status.DENIED && accused)) {
                status = Status.DISPUTED; // "accused Russian troops of ..., a charge Moscow denied"
            }
            boolean aggregate = cues.contains("aggregate") && (!c.isEmpty() || s.times().stream()
                    .anyMatch(tx -> "DURATION".equals(tx.type()) && tx.text().toLowerCase().matches(".*\\b(past|last)\\b.*")));
            ActorRef[] actors = actors(syn, main, fam);
            List<TimeExpression> times = new ArrayList<>(s.times());
            if (status == Status.PLANNED) {
                // "said on Wednesday that they will leave": Wednesday dates the statement, not the plan
                times.removeIf(tx -> statementDate(syn, tx));
            }
            times.sort(Comparator.comparingInt((TimeExpression tx) -> attachedTo(syn, tx, main.head()) ? 0 : 1)
                    .thenComparingInt(tx -> Math.abs(tx.firstToken() - main.start())));
            List<PlaceRef> near = new ArrayList<>(refs);
            int trigChar = s.tokens().get(main.start()).begin();
            near.sort(Comparator.comparingDouble(p -> p.start() >= trigChar ? p.start() - trigChar : (trigChar - p.start()) * 1.5));
            String triggerText = syn.text(main.start(), main.end() - 1);
            drafts.add(new MentionDraft(doc.article(), s, main.frame(), type, status, aggregate, times, near,
                    actors[0], actors[1], c, attr.sources(), triggerText, s.tokens().get(main.start()).begin()));
        }
    }

    /**
     * The family a trigger's event belongs to. Distinct kinds of violence in one sentence ("air strikes
     * hit the town in response to mortar fire that killed four") are separate events.
     */
    private static String familyKey(Trigger t, List<Trigger> all) {
        String family = FAMILY.getOrDefault(t.frame(), t.frame());
        if (!family.equals("violence")) {
            return family;
        }
        List<Trigger> kinded = all.stream().filter(o -> VIOLENCE_KIND.containsKey(o.frame())).toList();
        long kinds = kinded.stream().map(o -> VIOLENCE_KIND.get(o.frame())).distinct().count();
        // a chemical or suicide attack defines the whole event, whatever delivered it
        boolean defining = kinded.stream().anyMatch(o -> o.frame().equals("CHEMICAL") || o.frame().equals("SUICIDE"));
        if (kinds < 2 || defining) {
            return family;
        }
        String kind = VIOLENCE_KIND.get(t.frame());
        if (kind == null) {
            // casualty and attack words join the nearest kind of violence
            Trigger nearest = kinded.stream().min(Comparator.comparingInt(o -> Math.abs(o.start() - t.start()))).orElseThrow();
            kind = VIOLENCE_KIND.get(nearest.frame());
        }
        return family + "#" + kind;
    }

    /** The strongest trigger of a family; one in a relative clause ("people who fled") only describes. */
    private Trigger mainOf(List<Trigger> fam, Syntax syn) {
        return fam.stream().max(Comparator.comparingInt((Trigger t) -> inRelativeClause(syn, t.head()) ? 0 : 1)
                .thenComparingInt(t -> lex.frame(t.frame()).priority())
                .thenComparingInt(t -> -t.start())).orElseThrow();
    }

    private static boolean inRelativeClause(Syntax syn, int head) {
        Dependency up = syn.parent(head);
        return up != null && up.relation().startsWith("acl:relcl");
    }

    /** Counts go to the nearest event trigger of a family that may carry them. */
    private static Map<String, Count> countsFor(Trigger main, List<Trigger> mains, String family,
                                                List<CountReader.Found> found) {
        Set<String> allowed = COUNT_ROLES.getOrDefault(family, Set.of());
        Map<String, Count> out = new LinkedHashMap<>();
        for (CountReader.Found f : found) {
            if (!allowed.contains(f.role())) {
                continue;
            }
            Trigger nearest = main;
            int best = Integer.MAX_VALUE;
            for (Trigger m : mains) {
                String fam = FAMILY.getOrDefault(m.frame(), m.frame());
                if (!COUNT_ROLES.getOrDefault(fam, Set.of()).contains(f.role())) {
                    continue;
                }
                int d = Math.abs(m.start() - f.token());
                if (d < best) {
                    best = d;
                    nearest = m;
                }
            }
            if (nearest == main) {
                out.putIfAbsent(f.role(), f.count());
            }
        }
        return out;
    }

    /**
     * Drops a trigger that only modifies another trigger of a different family: "fled through humanitarian
     * corridors" is a flight, "evacuating under an evacuation deal" an evacuation.
     */
    private static void absorbDependents(List<Trigger> triggers, Syntax syn) {
        List<Trigger> drop = new ArrayList<>();
        for (Trigger a : triggers) {
            Dependency up = syn.parent(a.head());
            if (up == null) {
                continue;
            }
            String rel = up.relation();
            boolean fledFrom = rel.equals("obj") && triggers.stream().anyMatch(b -> b.head() == up.governor()
                    && "movement".equals(FAMILY.get(b.frame())));
            // "agreed to lay down arms": the terms of an agreement are not events of their own
            boolean terms = rel.startsWith("xcomp") && triggers.stream().anyMatch(b -> b.head() == up.governor()
                    && b.frame().equals("AGREEMENT")) && a.frame().equals("GROUP_CHANGE");
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("compound") || rel.startsWith("amod")
                    || fledFrom || terms)) {
                continue;
            }
            for (Trigger b : triggers) {
                if (b != a && b.head() == up.governor()
                        && !FAMILY.getOrDefault(a.frame(), a.frame()).equals(FAMILY.getOrDefault(b.frame(), b.frame()))
                        && !a.frame().equals("CASUALTY") && !"crowd".equals(FAMILY.get(a.frame()))) {
                    drop.add(a);
                }
            }
        }
        triggers.removeAll(drop);
    }

    /** Whether a trigger reports an event rather than naming a topic ("talks over a withdrawal", "such deals"). */
    private boolean eventWorthy(Trigger main, List<Trigger> fam, Syntax syn, List<String> lemmas,
                                List<CountReader.Found> found, List<PlaceRef> refs, Sentence s) {
        int h = main.head();
        String pos = syn.token(h).pos();
        Dependency up = syn.parent(h);
        String govLemma = up == null ? "" : syn.token(up.governor()).lemma().toLowerCase();
        switch (FAMILY.getOrDefault(main.frame(), main.frame())) {
            case "AGREEMENT" -> {
                if (pos.startsWith("VB") || main.end() - main.start() > 1) {
                    return true; // "agreed to", "reached an agreement"
                }
                if (DEAL_VERBS.contains(govLemma) || govLemma.equals("be") && syn.child(up.governor(), "expl") >= 0) {
                    return true;
                }
                for (Dependency d : syn.children(h)) {
                    String l = syn.token(d.dependent()).lemma().toLowerCase();
                    if ((d.relation().startsWith("acl") || d.relation().startsWith("amod")) && DEAL_VERBS.contains(l)) {
                        return true; // "the deal, announced on Wednesday"
                    }
                    if (d.relation().equals("expl")) {
                        return true;
                    }
                }
                // "there was a deal": the copula is the governor
                return up != null && govLemma.equals("be");
            }
            case "movement" -> {
                boolean people = found.stream().anyMatch(f -> f.role().equals("displaced"));
                for (int i = 0; i < syn.size() && !people; i++) {
                    String g = lex.peopleNouns.get(lemmas.get(i));
                    people = g != null && !g.equals("official") && i != h;
                }
                int trigChar = s.tokens().get(main.start()).begin();
                boolean placeAfter = refs.stream().anyMatch(p -> p.start() > trigChar
                        && p.start() - trigChar < 80 || p.role() != PlaceRef.Role.LOCATION);
                boolean placeModifier = refs.stream().anyMatch(p -> p.end() <= trigChar && trigChar - p.end() <= 2);
                // a noun ("the evacuations") names the movement itself; any place in its sentence anchors it
                boolean nounWithPlace = syn.token(h).pos().startsWith("NN") && !refs.isEmpty();
                return people || placeAfter || placeModifier || nounWithPlace;
            }
            case "violence" -> {
                if (fam.stream().allMatch(t -> t.frame().equals("CASUALTY"))) {
                    // the toll of the attack in the sentence before joins it when the article's mentions merge
                    return casualtiesWithCulprit(main, syn, lemmas, found) || previousViolent && !found.isEmpty();
                }
                if (main.frame().equals("OFFENSIVE")) {
                    return LAUNCH_VERBS.contains(govLemma) || found.stream().anyMatch(f -> f.role().equals("fatalities"));
                }
                return true;
            }
            case "ACCESS" -> {
                return !lemmas.get(h).equals("convoy") || cuesOf(lemmas, s).contains("aid");
            }
            case "BASE" -> {
                if (!lemmas.get(h).equals("establish")) {
                    return true;
                }
                int obj = syn.child(h, "obj");
                int pass = syn.child(h, "nsubj:pass");
                return obj >= 0 && BASE_NOUNS.contains(lemmas.get(obj)) || pass >= 0 && BASE_NOUNS.contains(lemmas.get(pass));
            }
            case "crowd" -> {
                // a crowd alone is no event; with harm it is mob violence
                return fam.stream().anyMatch(t -> !t.frame().equals("MOB")) || lemmas.contains("lynch")
                        || fam.stream().anyMatch(t -> lemmas.get(t.head()).equals("mob") || t.end() - t.start() > 1)
                        || found.stream().anyMatch(f -> f.role().equals("fatalities") || f.role().equals("injured"));
            }
            default -> {
                if (main.frame().equals("OFFENSIVE")) {
                    return LAUNCH_VERBS.contains(govLemma) || found.stream().anyMatch(f -> f.role().equals("fatalities"));
                }
                return true;
            }
        }
    }

    /** Whether a time expression modifies the trigger's own verb ("went back to Bunia on Saturday"). */
    private static boolean attachedTo(Syntax syn, TimeExpression tx, int head) {
        for (int i = tx.firstToken(); i <= tx.lastToken(); i++) {
            Dependency up = syn.parent(i);
            if (up != null && up.governor() == head) {
                return true;
            }
        }
        return false;
    }

    private boolean statementDate(Syntax syn, TimeExpression tx) {
        for (int i = tx.firstToken(); i <= tx.lastToken(); i++) {
            Dependency up = syn.parent(i);
            if (up != null && (up.governor() < tx.firstToken() || up.governor() > tx.lastToken())) {
                return lex.speech.containsKey(syn.token(up.governor()).lemma().toLowerCase());
            }
        }
        return false;
    }

    private Set<String> cuesOf(List<String> lemmas, Sentence s) {
        Set<String> out = new HashSet<>();
        List<String> words = s.tokens().stream().map(t -> t.word().toLowerCase()).toList();
        for (PhraseMatcher.Match<String> m : lex.cues.find(lemmas, words)) {
            out.add(m.value());
        }
        return out;
    }

    /**
     * Deaths reported without a weapon or attack word are an event only with people to blame:
     * "gunmen killed 3" is; "a landslide killed 9" and "passengers died when a bus overturned" are not.
     */
    private boolean casualtiesWithCulprit(Trigger main, Syntax syn, List<String> lemmas, List<CountReader.Found> found) {
        if (found.stream().noneMatch(f -> f.role().equals("fatalities") || f.role().equals("injured"))) {
            return false;
        }
        int verb = main.head();
        for (int cur = verb, depth = 0; depth < 3 && syn.parent(cur) != null; depth++) {
            cur = syn.parent(cur).governor();
            if (ALLEGING.contains(syn.token(cur).lemma().toLowerCase())) {
                return true; // "residents accused soldiers of killing 7 herders"
            }
        }
        int agent = syn.child(verb, "nsubj");
        if (agent < 0) {
            agent = syn.child(verb, "obl:agent");
        }
        if (agent < 0 || lemmas.get(main.head()).equals("die")) {
            return false;
        }
        String g = lex.peopleNouns.get(lemmas.get(agent));
        boolean victim = "civilian".equals(g) || "child".equals(g) || "woman".equals(g) || "person".equals(g);
        boolean armed = false;
        for (Dependency d : syn.children(agent)) {
            armed |= d.relation().equals("amod") && ARMED_ADJECTIVES.contains(lemmas.get(d.dependent()));
        }
        return g != null && (!victim || armed) || syn.token(agent).pos().startsWith("NNP");
    }

    /** The token of [start, end) whose head lies outside the span. */
    private static int head(Syntax syn, int start, int end) {
        for (int i = start; i < end; i++) {
            Dependency p = syn.parent(i);
            if (p == null || p.governor() < start || p.governor() >= end) {
                return i;
            }
        }
        return start;
    }

    /** null when negated; otherwise how real the event is. */
    private Status status(Syntax syn, int head, List<Integer> denyHeads, Set<String> cues) {
        int cur = head;
        Dependency top = syn.parent(head);
        if (syn.hasChild(head, "mark", "to") && (top == null || syn.token(top.governor()).pos().startsWith("NN"))) {
            return Status.PLANNED; // a headline's "Militants to be withdrawn from Douma"
        }
        for (int depth = 0; depth < 4 && cur >= 0; depth++) {
            for (Dependency d : syn.children(cur)) {
                String w = syn.token(d.dependent()).word().toLowerCase();
                if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
                        && NEGATORS.contains(w) && depth == 0) {
                    return null;
                }
                if ((d.relation().equals("advmod") && w.equals("allegedly") || d.relation().equals("amod")
                        && (w.equals("suspected") || w.equals("alleged"))) && depth <= 1) {
                    return Status.ALLEGED;
                }
                if (d.relation().equals("aux") && FUTURE_AUX.contains(w)) {
                    return Status.PLANNED;
                }
            }
            Dependency up = syn.parent(cur);
            if (up == null) {
                break;
            }
            int gov = up.governor();
            String govLemma = syn.token(gov).lemma().toLowerCase();
            if (denyHeads.contains(gov)) {
                return Status.DENIED;
            }
            if (ALLEGING.contains(govLemma)) {
                return Status.ALLEGED; // "accused Russian troops of dropping gas grenades"
            }
            if (INTENT_GOVERNORS.contains(govLemma)) {
                return Status.PLANNED; // "threatened them with a renewed assault", "talks over a withdrawal"
            }
            if (govLemma.equals("talk") || govLemma.equals("negotiation") || govLemma.equals("plan")
                    || govLemma.equals("proposal")) {
                return Status.PLANNED;
            }
            if (up.relation().startsWith("xcomp") || up.relation().startsWith("advcl") || up.relation().startsWith("acl")) {
                if (NEGATING_GOVERNORS.contains(govLemma)) {
                    return null;
                }
                boolean infinitive = syn.hasChild(cur, "mark", "to");
                boolean beginning = REAL_GOVERNORS.contains(syn.token(cur).lemma().toLowerCase());
                if (infinitive && (REAL_GOVERNORS.contains(govLemma) || CAUSATIVES.contains(govLemma) || beginning)) {
                    cur = gov; // "forced them to flee", "entered to begin the evacuations": real if the governor is
                    continue;
                }
                if (infinitive && up.relation().startsWith("advcl")) {
                    return Status.PLANNED; // a purpose: "dropped ... to force militants to surrender"
                }
                if (infinitive && up.relation().startsWith("xcomp")) {
                    return Status.PLANNED;
                }
                if (infinitive && up.relation().startsWith("acl") && syn.token(gov).pos().startsWith("NN")) {
                    return Status.PLANNED; // "Militants to be withdrawn from Douma", "an agreement to leave"
                }
            }
            if (lex.speech.containsKey(govLemma) && syn.token(gov).pos().startsWith("VB")) {
                break; // the clause of a speech verb: its own tense decides
            }
            cur = gov;
        }
        return Status.OCCURRED;
    }

    private boolean seizesPeople(Syntax syn, int head, List<String> lemmas) {
        int obj = syn.child(head, "obj");
        if (obj < 0) {
            return false;
        }
        String g = lex.peopleNouns.get(lemmas.get(obj));
        return g != null && !g.equals("combatant") || syn.token(obj).pos().equals("PRP") && !lemmas.get(obj).equals("it");
    }

    /** "police arrested 20 protesters": the arrest is an intervention in the protest, not its grievance. */
    private static boolean protestersArrested(List<Trigger> triggers, Syntax syn, List<String> lemmas) {
        for (Trigger t : triggers) {
            if (t.frame().equals("ARREST")) {
                int obj = syn.child(t.head(), "obj");
                int pass = syn.child(t.head(), "nsubj:pass");
                for (int o : new int[] {obj, pass}) {
                    if (o >= 0 && (lemmas.get(o).equals("protester") || lemmas.get(o).equals("demonstrator"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Filters weak triggers that need company to mean an event. */
    private boolean plausible(Trigger t, Syntax syn, List<String> lemmas) {
        String lemma = lemmas.get(t.head());
        String pos = syn.token(t.head()).pos();
        Dependency up = syn.parent(t.head());
        if (up != null && up.relation().startsWith("nsubj") && lex.speech.containsKey(syn.token(up.governor()).lemma().toLowerCase())
                && syn.child(up.governor(), "ccomp", "obj", "parataxis") >= 0) {
            return false; // "the leaflets said that ...": the trigger word is the speaker ("no casualties reported" is not)
        }
        if (t.start() > 0 && lemmas.get(t.start() - 1).equals("in") && t.end() < lemmas.size()
                && lemmas.get(t.end()).equals("for")) {
            return false; // "in return for", "in exchange for"
        }
        switch (t.frame()) {
            case "LEAVE" -> {
                // "left several people killed" is no departure: a place must follow
                for (int i = t.end(); i < Math.min(syn.size(), t.end() + 8); i++) {
                    if (syn.token(i).pos().startsWith("NNP")) {
                        return true;
                    }
                }
                return false;
            }
            case "RELEASE", "RETURN", "TRANSFER" -> {
                return pos.startsWith("VB") || pos.startsWith("NN");
            }
            case "GROUP_CHANGE" -> {
                // "agreed to lay down arms", "to force militants to surrender": terms and aims, not changes
                return !pos.equals("VB") && pos.startsWith("VB") || t.end() - t.start() > 1 && !pos.equals("VB");
            }
            case "ATTACK" -> {
                // "target" as a noun, "storm" as weather
                return !(lemma.equals("target") && !pos.startsWith("VB"));
            }
            case "TAKE" -> {
                return pos.startsWith("VB") || lemma.equals("capture");
            }
            case "FLEE" -> {
                // "displaced people returned": a description of the people, not a new flight
                boolean beforeNoun = t.end() < syn.size() && lex.peopleNouns.containsKey(lemmas.get(t.end()));
                return !(pos.equals("JJ") || up != null && up.relation().equals("amod") || beforeNoun);
            }
            case "CLASH" -> {
                return !(lemma.equals("engage") && syn.child(t.head(), "obl", "obj") < 0);
            }
            default -> {
                return true;
            }
        }
    }

    private EventType classify(Trigger main, Set<String> frames, Set<String> cues, Map<String, Count> c,
                               List<String> lemmas, boolean protestersArrested) {
        Lexicon.Frame f = lex.frame(main.frame());
        String type = f.defaultType().eventType();
        if (frames.contains("MOB") && !frames.contains("PROTEST") && !frames.contains("RIOT")) {
            return new EventType("Riots", "Mob violence");
        }
        if (frames.contains("PROTEST")) {
            main = new Trigger("PROTEST", main.start(), main.end(), main.head());
        } else if (frames.contains("RIOT")) {
            main = new Trigger("RIOT", main.start(), main.end(), main.head());
        }
        if (main.frame().equals("TAKE") && cues.contains("nonviolent")) {
            return new EventType("Strategic developments", "Non-violent transfer of territory");
        }
        switch (main.frame()) {
            case "PROTEST" -> {
                boolean killed = c.containsKey("fatalities") || cues.contains("lethal_force");
                if (killed) {
                    return new EventType("Protests", "Excessive force against protesters");
                }
                if (cues.contains("violent_crowd") || frames.contains("CLASH") || frames.contains("RIOT")) {
                    return new EventType("Riots", "Violent demonstration");
                }
                if (cues.contains("intervention") || protestersArrested) {
                    return new EventType("Protests", "Protest with intervention");
                }
                return new EventType("Protests", "Peaceful protest");
            }
            case "LEAVE" -> {
                boolean organised = lemmas.contains("deal") || lemmas.contains("agreement") || lemmas.contains("bus")
                        || lemmas.contains("evacuation") || lemmas.contains("evacuate");
                return new EventType(type, organised ? "Evacuation" : "Flight");
            }
            default -> {
                // ATTACK, CASUALTY, TAKE and BOMBING keep "*": the resolve stage decides from the actors' types
                return f.defaultType();
            }
        }
    }

    /** actor1 (who acted) and actor2 (who was acted upon) as noun phrases. */
    private ActorRef[] actors(Syntax syn, Trigger main, List<Trigger> family) {
        int h = main.head();
        int verb = h;
        ActorRef a1 = null;
        ActorRef a2 = null;
        String pos = syn.token(h).pos();
        if (!pos.startsWith("VB")) {
            // a nominal trigger: its own modifiers may name the agent ("Syrian air strikes", "strikes by Russian jets")
            int mod = syn.child(h, "nmod:by", "nmod:agent", "amod", "compound", "nmod:poss");
            if (mod >= 0 && isActorish(syn, mod)) {
                a1 = ref(syn, mod);
            }
            int against = syn.child(h, "nmod:against", "nmod:with", "nmod:on");
            if (against >= 0) {
                a2 = ref(syn, against);
            }
            // "clashes between the SPLA and SPLA-IO"
            int between = syn.child(h, "nmod:between");
            if (between >= 0) {
                int other = syn.child(between, "conj");
                int[] sp = syn.phrase(between);
                int end = other >= 0 ? Math.min(sp[1], other - 1) : sp[1];
                while (end > sp[0] && (syn.token(end).word().equalsIgnoreCase("and") || syn.token(end).word().equals(","))) {
                    end--;
                }
                a1 = new ActorRef(syn.text(sp[0], end), syn.token(between).word().toLowerCase());
                if (other >= 0) {
                    a2 = ref(syn, other);
                }
            }
            Dependency up = syn.parent(h);
            if (up != null && (up.relation().startsWith("nsubj") || up.relation().startsWith("obj")
                    || up.relation().startsWith("obl")) && syn.token(up.governor()).pos().startsWith("VB")) {
                verb = up.governor();
            }
        }
        if (verb != h || pos.startsWith("VB")) {
            int subj = syn.child(verb, "nsubj");
            int agent = syn.child(verb, "obl:agent");
            int pass = syn.child(verb, "nsubj:pass");
            int obj = syn.child(verb, "obj");
            int with = syn.child(verb, "obl:with", "obl:against", "obl:on");
            if (a1 == null && subj >= 0 && subj != h) {
                a1 = ref(syn, subj);
            }
            if (a1 == null && agent >= 0 && agent != h) {
                a1 = ref(syn, agent);
            }
            if (a2 == null && obj >= 0 && obj != h) {
                a2 = ref(syn, obj);
            }
            if (a2 == null && pass >= 0 && pass != h) {
                a2 = ref(syn, pass);
            }
            if (a2 == null && with >= 0) {
                a2 = ref(syn, with);
            }
        }
        return new ActorRef[] {a1, a2};
    }

    private static boolean isActorish(Syntax syn, int i) {
        Token t = syn.token(i);
        return t.pos().startsWith("NNP") || t.pos().startsWith("JJ") && Character.isUpperCase(t.word().charAt(0));
    }

    private static ActorRef ref(Syntax syn, int head) {
        int[] sp = syn.phrase(head);
        return new ActorRef(syn.text(sp[0], sp[1]), syn.token(head).word().toLowerCase());
    }
}
