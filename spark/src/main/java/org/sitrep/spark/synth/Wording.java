package org.sitrep.spark.synth;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The words one outlet reports a planned event in: its report sentence (date words, source), its title, its
 * background lines, and its figure, which may differ from the true count as real outlets' figures do.
 */
final class Wording {
    /** Share of report sentences that name a source. */
    static final double SOURCE_SHARE = 0.65;
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten"};

    private final SynthData data;
    private final Chance chance;

    Wording(SynthData data, Chance chance) {
        this.data = data;
        this.chance = chance;
    }

    /** The template filled for the event; date words only when {@code dateWords}, relative to the publication day. */
    String sentence(Planned e, String template, String n, LocalDate published, boolean dateWords) {
        String when = dateWords ? when(e.date(), published) : "";
        String s = template.replace("{n}", n)
                .replace("{place}", e.place().name())
                .replace("{dest}", e.dest().name())
                .replace("{state}", e.state())
                .replace("{armed}", e.armed())
                .replace("{police}", e.police())
                .replace("{when}", when);
        if (when.isEmpty()) {
            s = s.replace("  ", " ").replace(" ,", ",").strip();
        }
        if (chance.nextDouble() < SOURCE_SHARE) {
            List<String> sources = e.kind().sources();
            s = s + ", " + sources.get(chance.nextInt(sources.size()));
        }
        return capitalize(s) + ".";
    }

    private String when(LocalDate event, LocalDate published) {
        int days = (int) (published.toEpochDay() - event.toEpochDay());
        List<String> fits = data.datePhrases(days);
        return chance.pick(fits)
                .replace("{weekday}", event.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("{day}", Integer.toString(event.getDayOfMonth()))
                .replace("{month}", event.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .replace("{year}", Integer.toString(event.getYear()));
    }

    /**
     * The count as one outlet reports it: outlets disagree as real ones do (a lower floor, a rounded or a
     * different figure, a vague word) but stay within the same magnitude, as Sitrep's fusion expects of
     * accounts of one event.
     */
    String count(int n) {
        double r = chance.nextDouble();
        if (r < 0.45) {
            return number(n);
        }
        if (r < 0.65) {
            return "at least " + number(estimate(n * (0.6 + 0.4 * chance.nextDouble())));
        }
        if (r < 0.77) {
            return number(estimate(n * (0.75 + 0.5 * chance.nextDouble())));
        }
        if (r < 0.85 && n > 12) {
            int step = n >= 100 ? 100 : n >= 50 ? 10 : 5;
            return "more than " + number(Math.max(step, (n - 1) / step * step));
        }
        if (r < 0.92 && n >= 20) {
            int step = n >= 1000 ? 100 : n >= 100 ? 50 : 5;
            return "about " + number(Math.max(step, Math.round((float) n / step) * step));
        }
        if (r >= 0.92 && n >= 3) {
            return n >= 2000 ? "thousands of" : n >= 200 ? "hundreds of" : n >= 24 ? "dozens of" : "several";
        }
        return number(n);
    }

    /** Another outlet's figure: at least two, and round like the true count once it is in the hundreds. */
    static int estimate(double v) {
        int n = Math.max(2, (int) v);
        return n >= 100 ? n / 50 * 50 : n;
    }

    /** Up to ten, in words half the time; above, in digits with thousands separators. */
    private String number(int n) {
        if (n <= 10 && chance.nextBoolean()) {
            return SMALL[n];
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A title template filled with the reported figure ("dozens", not "dozens of"). */
    String title(Planned e, String reported) {
        String n = reported.endsWith(" of") ? reported.substring(0, reported.length() - 3) : reported;
        return capitalize(chance.pick(e.kind().titles()).replace("{n}", n)
                .replace("{place}", e.place().name()).replace("{dest}", e.dest().name()));
    }

    static String fill(String background, Planned e) {
        return background.replace("{country}", e.place().country()).replace("{place}", e.place().name());
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
