package org.sitrep.extract;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;

/** The columns of lexicon/frames.tsv for every {@link Frame}, checked complete and consistent when loaded. */
final class FrameTable {
    /** One frame's properties. violenceKind is null for frames that join the nearest kinded trigger. */
    record Row(Frame frame, EventType defaultType, int priority, Family family, ViolenceKind violenceKind,
               Set<CountRole> counts, Set<FrameTrait> traits) {
        boolean subTypeDecidedByTyping() {
            return "*".equals(defaultType.subEventType());
        }

        boolean disruptable() {
            return traits.contains(FrameTrait.DISRUPTABLE);
        }

        boolean sportMetaphor() {
            return traits.contains(FrameTrait.SPORT_METAPHOR);
        }

        boolean defining() {
            return traits.contains(FrameTrait.DEFINING);
        }
    }

    private final Map<Frame, Row> rows;
    private final Map<Family, Set<CountRole>> familyCounts;

    private FrameTable(Map<Frame, Row> rows, Map<Family, Set<CountRole>> familyCounts) {
        this.rows = rows;
        this.familyCounts = familyCounts;
    }

    static FrameTable load(String resource) {
        Map<Frame, Row> rows = new EnumMap<>(Frame.class);
        Map<Family, Set<CountRole>> familyCounts = new EnumMap<>(Family.class);
        for (Tsv.Row r : Tsv.read(resource, 8)) {
            Frame frame = Frame.valueOf(r.get(0));
            Family family = Family.valueOf(r.get(4).toUpperCase(Locale.ROOT));
            ViolenceKind kind = r.get(5).equals("-") ? null : ViolenceKind.valueOf(r.get(5));
            Set<CountRole> counts = EnumSet.noneOf(CountRole.class);
            for (String c : list(r.get(6))) {
                counts.add(CountRole.fromCode(c));
            }
            Set<FrameTrait> traits = EnumSet.noneOf(FrameTrait.class);
            for (String t : list(r.get(7))) {
                traits.add(FrameTrait.fromCode(t).orElseThrow(() -> new IllegalStateException(
                        resource + ":" + r.line() + ": frame " + frame + ": unknown trait " + t)));
            }
            rows.put(frame, new Row(frame, new EventType(r.get(1), r.get(2)), Integer.parseInt(r.get(3)), family,
                    kind, Set.copyOf(counts), Set.copyOf(traits)));
            Set<CountRole> before = familyCounts.putIfAbsent(family, Set.copyOf(counts));
            if (before != null && !before.equals(counts)) {
                throw new IllegalStateException(resource + ":" + r.line() + ": counts differ within family " + family);
            }
        }
        for (Frame f : Frame.values()) {
            if (!rows.containsKey(f)) {
                throw new IllegalStateException("frame " + f + " is missing from " + resource);
            }
        }
        return new FrameTable(Map.copyOf(rows), Map.copyOf(familyCounts));
    }

    private static java.util.List<String> list(String cell) {
        return cell.equals("-") ? java.util.List.of() : java.util.Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    Row row(Frame f) {
        return rows.get(f);
    }

    Family family(Frame f) {
        return rows.get(f).family();
    }

    ViolenceKind kind(Frame f) {
        return rows.get(f).violenceKind();
    }

    /** The counts an event of the family may carry. */
    Set<CountRole> counts(Family family) {
        return familyCounts.getOrDefault(family, Set.of());
    }
}
