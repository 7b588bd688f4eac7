package edu.stanford.nlp.parser.nndep;

import java.util.Map;

/**
 * Feature index to row of the precomputed table: open addressing over ints, without boxing; each key beside its
 * value, so a lookup usually reads one cache line.
 */
final class PrecomputedRows {
    private final int[] slots;
    private final int mask;

    PrecomputedRows(Map<Integer, Integer> preMap) {
        int capacity = Integer.highestOneBit(Math.max(4, preMap.size() * 3) - 1) << 1;
        slots = new int[2 * capacity];
        mask = capacity - 1;
        for (int i = 0; i < capacity; i++) {
            slots[2 * i + 1] = -1;
        }
        for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
            int i = slot(e.getKey());
            while (slots[2 * i + 1] >= 0) {
                i = (i + 1) & mask;
            }
            slots[2 * i] = e.getKey();
            slots[2 * i + 1] = e.getValue();
        }
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 7) & mask;
    }

    int get(int key) {
        for (int i = slot(key); slots[2 * i + 1] >= 0; i = (i + 1) & mask) {
            if (slots[2 * i] == key) {
                return slots[2 * i + 1];
            }
        }
        return -1;
    }
}
