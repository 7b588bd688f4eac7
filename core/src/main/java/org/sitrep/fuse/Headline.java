package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;

/**
 * The type, date, place and actors of a fused event, taken from the reports that give the event directly
 * and most precisely (a day from date words, a town), not from background or weakly placed sentences.
 * Each value comes with the rule that chose it; disagreements among direct reports are disputes
 * ({@link Disputes}).
 *
 * @param type     the most common type among direct reports that name the kind of attack
 * @param date     the most precise date read from date words
 * @param location the most specific place
 * @param actor1   the first direct report's actor, else any report's
 * @param actor2   likewise
 * @param rules    per field ("type", "date", "location"), the rule in words
 */
record Headline(EventType type, EventDate date, Place location, Actor actor1, Actor actor2, Map<String, String> rules) {

    static Headline of(List<EventMention> members, List<Boolean> direct) {
        List<EventMention> best = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (direct.get(i)) {
                best.add(members.get(i));
            }
        }
        String from = best.isEmpty() ? members.size() + " reports, none direct"
                : best.size() == 1 ? "the one direct report" : best.size() + " direct reports";
        if (best.isEmpty()) {
            best = members;
        }
        Map<String, String> rules = new LinkedHashMap<>();
        EventType type = type(best);
        long agreeing = best.stream().filter(m -> m.type().equals(type)).count();
        rules.put("type", agreeing == best.size() ? "given by all " + from
                : "most common among " + from + " (" + agreeing + " of " + best.size() + ")");
        EventDate date = Merge.date(best);
        rules.put("date", date.date() == null ? "no report dates it" : "the most precise date among " + from
                + (date.basis() == DateBasis.TEXT ? ", read from \"" + date.text() + "\"" : ", from " + date.basis().code()));
        Place place = Merge.place(best, EventMention::location);
        rules.put("location", place == null ? "no report places it" : "the most specific place among " + from);
        Actor actor1 = first(best, members, true);
        Actor actor2 = first(best, members, false);
        return new Headline(type, date, place, actor1, actor2, rules);
    }

    /** Most common among the reports that say what kind of attack it was (a casualty-only sentence does not). */
    private static EventType type(List<EventMention> reports) {
        List<EventMention> naming = reports.stream().filter(m -> !Compatibility.attachable(m)).toList();
        if (naming.isEmpty()) {
            naming = reports;
        }
        Map<EventType, Integer> votes = new LinkedHashMap<>();
        naming.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
        EventType top = naming.get(0).type();
        for (Map.Entry<EventType, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(top)) {
                top = e.getKey();
            }
        }
        return top;
    }

    private static Actor first(List<EventMention> best, List<EventMention> all, boolean one) {
        Actor a = Merge.actor(best, one ? EventMention::actor1 : EventMention::actor2);
        return a != null ? a : Merge.actor(all, one ? EventMention::actor1 : EventMention::actor2);
    }
}
