package org.sitrep.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders a {@link Tally} as plain-text tables for the terminal. */
public final class Tables {
    private static final List<Field> COUNTRY_FIELDS = List.of(Field.DETECTED, Field.FAMILY_TOP1, Field.SUB_TYPE_TOP1,
            Field.FATALITIES_EXACT, Field.ADMIN1_LOOSE, Field.GEO_25KM, Field.ACTOR_TYPE, Field.DATE);

    private Tables() {
    }

    /** One line, "field value" pairs, in the scorer's summary style. */
    public static String summaryLine(Tally t, int skipped) {
        StringBuilder b = new StringBuilder("rows ").append(t.rows()).append(" skipped ").append(skipped);
        for (Field f : Field.values()) {
            b.append(' ').append(f.label()).append(' ').append(fmt(t.field(f)));
        }
        return b.toString();
    }

    /** Per field: rate, agreed and asked. */
    public static String fields(Tally t) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-20s %7s %8s %8s%n", "field", "agree", "agreed", "of"));
        for (Field f : Field.values()) {
            Trial x = t.field(f);
            b.append(String.format(Locale.ROOT, "%-20s %7s %8d %8d%n", f.label(), fmt(x), x.agreed(), x.asked()));
        }
        return b.toString();
    }

    /** Rows coded as each label (lines) against what Sitrep found (columns, "(none)" for no event). */
    public static String confusion(String title, Map<String, Map<String, Integer>> m, int width) {
        Set<String> cols = new LinkedHashSet<>();
        m.keySet().forEach(cols::add);
        m.values().forEach(r -> cols.addAll(r.keySet()));
        List<String> columns = new ArrayList<>(cols);
        columns.remove(Tally.NONE);
        columns.sort(null);
        columns.add(Tally.NONE);
        StringBuilder b = new StringBuilder(title).append(" (lines: coded; columns: found)\n");
        b.append(String.format(Locale.ROOT, "%-" + width + "s", "coded \\ found"));
        for (int i = 0; i < columns.size(); i++) {
            b.append(String.format(Locale.ROOT, " %5s", "c" + (i + 1)));
        }
        b.append(String.format(Locale.ROOT, " %6s%n", "rows"));
        m.forEach((coded, row) -> {
            b.append(String.format(Locale.ROOT, "%-" + width + "s", clip(coded, width)));
            for (String c : columns) {
                int n = row.getOrDefault(c, 0);
                b.append(String.format(Locale.ROOT, " %5s", n == 0 ? "." : Integer.toString(n)));
            }
            b.append(String.format(Locale.ROOT, " %6d%n", row.values().stream().mapToInt(Integer::intValue).sum()));
        });
        for (int i = 0; i < columns.size(); i++) {
            b.append(String.format(Locale.ROOT, "  c%d = %s%n", i + 1, columns.get(i)));
        }
        return b.toString();
    }

    /** Per country (as coded): rows and the main fields' agreement. */
    public static String countries(Tally t) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-28s %5s", "country", "rows"));
        COUNTRY_FIELDS.forEach(f -> b.append(String.format(Locale.ROOT, " %8s", clip(f.label().replace("_top1", ""), 8))));
        b.append('\n');
        t.countries().forEach((country, fields) -> {
            b.append(String.format(Locale.ROOT, "%-28s %5d", clip(country, 28), fields.get(Field.DETECTED).asked()));
            for (Field f : COUNTRY_FIELDS) {
                Trial x = fields.getOrDefault(f, Trial.NOT_ASKED);
                b.append(String.format(Locale.ROOT, " %8s", x.asked() == 0 ? "-" : fmt(x)));
            }
            b.append('\n');
        });
        return b.toString();
    }

    static String fmt(Trial x) {
        return String.format(Locale.ROOT, "%.3f", Tally.rate(x));
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
