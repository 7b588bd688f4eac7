package org.sitrep.fuse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.AppliedCorrection;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Explanation;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;

/**
 * Analysts' headline values applied to fused events after fusion chose its own. A value goes to the event
 * holding most of the mentions it was made on (ties: the event of the earliest of them); the latest value of
 * a field wins. The note of the field then cites the correction and keeps the machine's value and rule, and
 * the event lists each correction that shaped it (split and merge ones too).
 */
final class Overrides {
    /** Largest count an analyst may enter: more people than any event reports. */
    static final long MAX_COUNT = 100_000_000L;

    private final Gazetteer gazetteer;
    private final EventClasses classes;

    Overrides(Gazetteer gazetteer, EventClasses classes) {
        this.gazetteer = gazetteer;
        this.classes = classes;
    }

    /** The value as stored (normalized), or an IllegalArgumentException saying what the field takes. */
    String check(HeadlineField field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("a value for " + field.code() + " is required");
        }
        if (field.count()) {
            try {
                long n = Long.parseLong(v.replace(",", ""));
                if (n < 0 || n > MAX_COUNT) {
                    throw new NumberFormatException();
                }
                return Long.toString(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field.code() + " must be a whole number from 0 to " + MAX_COUNT + ", not " + v);
            }
        }
        return switch (field) {
            case DATE -> {
                try {
                    yield LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("date must be a day of the form YYYY-MM-DD, not " + v);
                }
            }
            case SUB_EVENT_TYPE -> {
                EventType t = classes.ofSubType(v);
                if (t == null) {
                    throw new IllegalArgumentException("sub_event_type must be a sub-event type of the ontology "
                            + "(docs/ontology.md), such as Armed clash or Air/drone strike, not " + v);
                }
                yield t.subEventType();
            }
            case STATUS -> {
                try {
                    yield Status.valueOf(v.toUpperCase(Locale.ROOT)).code();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("status must be one of " + java.util.Arrays.stream(Status.values())
                            .map(Status::code).collect(java.util.stream.Collectors.joining(", ")) + ", not " + v);
                }
            }
            case LOCATION -> {
                if (gazetteer.lookup(v).isEmpty()) {
                    throw new IllegalArgumentException("location must be a place the gazetteer knows, not " + v);
                }
                yield v;
            }
            default -> throw new IllegalStateException("unhandled field " + field);
        };
    }

    List<Event> apply(List<Event> events, List<Correction> corrections) {
        List<Correction> active = corrections.stream().filter(Correction::active)
                .sorted(Comparator.comparing(Correction::at)).toList();
        if (active.isEmpty()) {
            return events;
        }
        Map<String, Integer> eventOf = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            for (String m : events.get(i).mentionIds()) {
                eventOf.put(m, i);
            }
        }
        List<Event> out = new ArrayList<>(events);
        // per event, the corrections in force: splits and merges that touch it, the latest value per field
        List<Map<String, AppliedCorrection>> applied = new ArrayList<>();
        events.forEach(e -> applied.add(new LinkedHashMap<>()));
        for (Correction c : active) {
            if (c.kind() != CorrectionKind.SET_VALUE) {
                c.mentionIds().stream().map(eventOf::get).filter(i -> i != null).distinct()
                        .forEach(i -> applied.get(i).put(c.id(), new AppliedCorrection(c, null)));
                continue;
            }
            Integer target = target(c, eventOf);
            if (target == null) {
                continue;   // none of its mentions is in this fusion (another block, or not stored)
            }
            HeadlineField field = HeadlineField.fromCode(c.field());
            Map<String, AppliedCorrection> in = applied.get(target);
            AppliedCorrection earlier = in.remove("field:" + field.code());
            String machine = earlier != null ? earlier.machineValue() : shown(events.get(target), field);
            Event e = out.get(target);
            Event corrected = set(e, field, c.value());
            out.set(target, withNote(corrected, field, c, machine, events.get(target)));
            in.put("field:" + field.code(), new AppliedCorrection(c, machine));
        }
        for (int i = 0; i < out.size(); i++) {
            if (!applied.get(i).isEmpty()) {
                Event e = out.get(i);
                out.set(i, new Event(e.id(), e.type(), e.status(), e.aggregate(), e.date(), e.location(), e.origin(),
                        e.destination(), e.actor1(), e.actor2(), e.counts(), e.sources(), e.deniedBy(), e.mentionIds(),
                        e.accounts(), e.disputes(), e.notes(), List.copyOf(applied.get(i).values()), e.explanation()));
            }
        }
        return out;
    }

    /** The event holding most of the correction's mentions; ties go to the event of the earliest of them. */
    private static Integer target(Correction c, Map<String, Integer> eventOf) {
        Map<Integer, Integer> held = new LinkedHashMap<>();
        for (String m : c.mentionIds()) {
            Integer i = eventOf.get(m);
            if (i != null) {
                held.merge(i, 1, Integer::sum);
            }
        }
        Integer best = null;
        for (Map.Entry<Integer, Integer> h : held.entrySet()) {
            if (best == null || h.getValue() > held.get(best)) {
                best = h.getKey();
            }
        }
        return best;
    }

    /** The machine's value of a field, as text. */
    static String shown(Event e, HeadlineField f) {
        if (f.count()) {
            Count c = e.counts().get(f.role());
            return c == null ? "none" : c.value() != null ? c.value().toString() : "\"" + c.text() + "\"";
        }
        return switch (f) {
            case DATE -> e.date().date() == null ? "unknown" : e.date().date().toString();
            case LOCATION -> e.location() == null ? "unknown" : e.location().name();
            case SUB_EVENT_TYPE -> e.type().subEventType();
            case STATUS -> e.status().code();
            default -> throw new IllegalStateException("unhandled field " + f);
        };
    }

    private Event set(Event e, HeadlineField f, String value) {
        Map<CountRole, Count> counts = new LinkedHashMap<>(e.counts());
        EventType type = e.type();
        Status status = e.status();
        EventDate date = e.date();
        Place location = e.location();
        if (f.count()) {
            counts.put(f.role(), new Count(Long.parseLong(value), Qualifier.EXACT, "analyst: " + value));
        } else {
            switch (f) {
                case DATE -> date = new EventDate(LocalDate.parse(value), null, DatePrecision.DAY, "analyst: " + value,
                        DateBasis.ANALYST);
                case SUB_EVENT_TYPE -> type = classes.ofSubType(value);
                case STATUS -> status = Status.valueOf(value.toUpperCase(Locale.ROOT));
                case LOCATION -> location = place(value, e.location());
                default -> throw new IllegalStateException("unhandled field " + f);
            }
        }
        return new Event(e.id(), type == null ? e.type() : type, status, e.aggregate(), date, location, e.origin(),
                e.destination(), e.actor1(), e.actor2(), counts, e.sources(), e.deniedBy(), e.mentionIds(), e.accounts(),
                e.disputes(), e.notes(), e.corrections(), e.explanation());
    }

    /** The analyst's place: the gazetteer's first candidate, preferring the country the machine placed it in. */
    private Place place(String name, Place machine) {
        Set<String> country = machine == null || machine.countryCode() == null ? Set.of() : Set.of(machine.countryCode());
        List<Place> found = gazetteer.lookup(name, country);
        return found.isEmpty() ? machine : found.get(0).withText("analyst: " + name);
    }

    /** The field's note cites the correction, then the machine's value and rule. */
    private static Event withNote(Event e, HeadlineField f, Correction c, String machine, Event original) {
        String prefix = f.noteKey() + ": ";
        String machineNote = original.notes().stream().filter(n -> n.startsWith(prefix)).findFirst()
                .map(n -> n.substring(prefix.length())).orElse(null);
        String line = prefix + c.value() + ": " + chosen(c, machine, machineNote);
        List<String> notes = replacing(e.notes(), n -> n.startsWith(prefix), line);
        return new Event(e.id(), e.type(), e.status(), e.aggregate(), e.date(), e.location(), e.origin(), e.destination(),
                e.actor1(), e.actor2(), e.counts(), e.sources(), e.deniedBy(), e.mentionIds(), e.accounts(), e.disputes(),
                notes, e.corrections(), withRule(e.explanation(), f.noteKey(), c, machine, original.explanation()));
    }

    /** The explanation says the same as the note: the analyst's value and who set it, then the machine's choice. */
    private static Explanation withRule(Explanation x, String field, Correction c, String machine, Explanation original) {
        String machineRule = original.headline().stream().filter(h -> h.field().equals(field)).map(Explanation.HeadlineRule::rule)
                .findFirst().orElse(null);
        Explanation.HeadlineRule rule = new Explanation.HeadlineRule(field, c.value(), chosen(c, machine, machineRule));
        return new Explanation(x.reports(), replacing(x.headline(), h -> h.field().equals(field), rule));
    }

    /** Who set the value and why, then what the machine chose and, when known, by which rule. */
    private static String chosen(Correction c, String machine, String machineRule) {
        return c.signature() + (c.note() == null ? "" : " (" + c.note() + ")") + "; the machine chose " + machine
                + (machineRule == null ? "" : " (" + machineRule + ")");
    }

    /** The items with the first that matches replaced by {@code with} and the other matches dropped; {@code with} last if none match. */
    private static <T> List<T> replacing(List<T> items, Predicate<T> match, T with) {
        List<T> out = new ArrayList<>();
        boolean placed = false;
        for (T item : items) {
            if (!match.test(item)) {
                out.add(item);
            } else if (!placed) {
                out.add(with);
                placed = true;
            }
        }
        if (!placed) {
            out.add(with);
        }
        return out;
    }
}
