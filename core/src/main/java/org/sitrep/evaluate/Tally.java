package org.sitrep.evaluate;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sums of one evaluation run: agreement per field, confusion of families and of sub-types (coded
 * against found), and agreement per field per country. Built by one thread, row by row; read once done.
 */
public final class Tally {
    /** What a confusion table writes when Sitrep found no event. */
    public static final String NONE = "(none)";

    private final Map<Field, Trial> fields = new EnumMap<>(Field.class);
    private final Map<String, Map<String, Integer>> families = new TreeMap<>();
    private final Map<String, Map<String, Integer>> subTypes = new TreeMap<>();
    private final Map<String, Map<Field, Trial>> countries = new TreeMap<>();
    private int rows;

    public void add(RowScore s) {
        rows++;
        s.trials().forEach((f, t) -> fields.merge(f, t, Trial::plus));
        String found = s.first() == null ? NONE : s.foundFamily().label();
        families.computeIfAbsent(s.codedFamily().label(), k -> new TreeMap<>()).merge(found, 1, Integer::sum);
        String foundSub = s.first() == null ? NONE : blankAsNone(s.first().type().subEventType());
        subTypes.computeIfAbsent(blankAsNone(s.row().subEventType()), k -> new TreeMap<>()).merge(foundSub, 1, Integer::sum);
        Map<Field, Trial> c = countries.computeIfAbsent(blankAsNone(s.row().country()), k -> new EnumMap<>(Field.class));
        s.trials().forEach((f, t) -> c.merge(f, t, Trial::plus));
    }

    private static String blankAsNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    public int rows() {
        return rows;
    }

    public Trial field(Field f) {
        return fields.getOrDefault(f, Trial.NOT_ASKED);
    }

    /** Coded family label to found family label (or {@link #NONE}) to rows. */
    public Map<String, Map<String, Integer>> familyConfusion() {
        return families;
    }

    /** Coded sub-type to found sub-type (or {@link #NONE}) to rows. */
    public Map<String, Map<String, Integer>> subTypeConfusion() {
        return subTypes;
    }

    /** Country as coded to its per-field sums. */
    public Map<String, Map<Field, Trial>> countries() {
        return countries;
    }

    /** agreed / asked rounded to 3 places as the scorer rounds, 0 when nothing was asked. */
    public static double rate(Trial t) {
        return t.asked() == 0 ? 0.0 : Math.round(1000.0 * t.agreed() / t.asked()) / 1000.0;
    }
}
