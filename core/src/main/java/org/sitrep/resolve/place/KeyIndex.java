// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Arrays;

/**
 * A compact multimap from folded name keys to gazetteer entities.
 *
 * <p>Half a million keys as {@code HashMap<String, int[]>} would cost tens of megabytes of object
 * headers. Instead each posting is packed into one {@code long}: the top {@value #HASH_BITS} bits
 * are a 64-bit hash of the key, the low bits hold the entity id, the match tier and whether the
 * key was derived by stripping a leading article. The sorted array is searched by hash prefix.
 * The key strings themselves are not stored, so a hash hit is only a candidate: the caller must
 * verify it against the entity's names (see {@code Gazetteer#verify}), which makes collisions
 * harmless rather than merely unlikely.
 */
final class KeyIndex {

    static final int ID_BITS = 19;   // 262,700 entities with the generated subdivisions: more than 2^18
    static final int MAX_ID = (1 << ID_BITS) - 1;
    private static final int TIER_SHIFT = ID_BITS;            // 2 bits: 0 name, 1 ascii, 2 alternate
    private static final int STRIPPED_SHIFT = ID_BITS + 2;    // 1 bit
    private static final int LOW_BITS = ID_BITS + 3;
    static final int HASH_BITS = 64 - LOW_BITS;
    private static final long LOW_MASK = (1L << LOW_BITS) - 1;

    /** Receives one verified-or-not posting for a key. */
    interface PostingSink {
        void accept(int id, int tier, boolean stripped);
    }

    private long[] entries = new long[1 << 19];   // the bundled data needs about 506k postings
    private int size;
    private boolean sealed;

    /** Adds a posting for the key {@code key.subSequence(from, key.length())}. */
    void add(CharSequence key, int from, int id, int tier, boolean stripped) {
        if (sealed) {
            throw new IllegalStateException("index is sealed");
        }
        if (id < 0 || id > MAX_ID) {
            throw new IllegalArgumentException("entity id out of range: " + id);
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size + (size >> 1));
        }
        entries[size++] = (hash(key, from) & ~LOW_MASK) | ((stripped ? 1L : 0L) << STRIPPED_SHIFT)
                | ((long) tier << TIER_SHIFT) | id;
    }

    /** Sorts, removes exact duplicates and trims; the index is read-only afterwards. */
    void seal() {
        Arrays.sort(entries, 0, size);
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (w == 0 || entries[r] != entries[w - 1]) {
                entries[w++] = entries[r];
            }
        }
        entries = Arrays.copyOf(entries, w);
        size = w;
        sealed = true;
    }

    int size() {
        return size;
    }

    /** Calls {@code sink} for every posting whose hash prefix equals that of {@code key}. */
    void find(String key, PostingSink sink) {
        long lo = hash(key, 0) & ~LOW_MASK;
        long hi = lo | LOW_MASK;   // same sign bit as lo, so signed order keeps the range contiguous
        int i = Arrays.binarySearch(entries, 0, size, lo);
        if (i < 0) {
            i = -i - 1;
        }
        for (; i < size && entries[i] <= hi; i++) {
            long e = entries[i];
            sink.accept((int) (e & MAX_ID), (int) ((e >>> TIER_SHIFT) & 3), ((e >>> STRIPPED_SHIFT) & 1) == 1);
        }
    }

    /** 64-bit FNV-1a over the UTF-16 code units from {@code from}, finished with a murmur-style avalanche. */
    static long hash(CharSequence s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
