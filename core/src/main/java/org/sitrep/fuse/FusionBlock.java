package org.sitrep.fuse;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.sitrep.model.EventMention;

/**
 * The block a mention fuses within: its coarse class (all violent classes form one) and where it is. Fusion never
 * joins across blocks. A mention without a place and a mention whose place has no country code are in different
 * blocks, told apart by {@link #placed}, not by a stand-in country value, so no real code can fall into either.
 *
 * @param eventClass  the coarse event class
 * @param placed      whether the mention has a place
 * @param countryCode the place's country code as the place gives it, or null (no place, or a place without one)
 */
public record FusionBlock(String eventClass, boolean placed, String countryCode)
        implements Serializable, Comparable<FusionBlock> {
    private static final Comparator<FusionBlock> ORDER = Comparator.comparing(FusionBlock::eventClass)
            .thenComparing(FusionBlock::placed)
            .thenComparing(FusionBlock::countryCode, Comparator.nullsFirst(Comparator.naturalOrder()));

    public FusionBlock {
        Objects.requireNonNull(eventClass, "eventClass");
        if (!placed && countryCode != null) {
            throw new IllegalArgumentException("an unplaced block has no country: " + countryCode);
        }
    }

    /** The block of a mention of coarse class {@code eventClass}. */
    static FusionBlock of(String eventClass, EventMention m) {
        return m.location() == null ? new FusionBlock(eventClass, false, null)
                : new FusionBlock(eventClass, true, m.location().countryCode());
    }

    @Override
    public int compareTo(FusionBlock o) {
        return ORDER.compare(this, o);
    }

    /** Where mentions meet to be compared: a {@link Week} or a {@link Region}. */
    public sealed interface Bucket extends Serializable permits Week, Region {
    }

    /** A block and week, where dated mentions meet. */
    public record Week(FusionBlock block, long week) implements Bucket {
        public Week {
            Objects.requireNonNull(block, "block");
        }
    }

    /**
     * A block and admin1 region, where undated mentions meet dated ones.
     *
     * @param admin1Key the region's {@link org.sitrep.model.Place#admin1Key()}, or null (no place, or a place without
     *                  an admin1; the block's {@link #placed} tells which)
     */
    public record Region(FusionBlock block, String admin1Key) implements Bucket {
        public Region {
            Objects.requireNonNull(block, "block");
            if (!block.placed() && admin1Key != null) {
                throw new IllegalArgumentException("an unplaced block has no region: " + admin1Key);
            }
        }
    }
}
