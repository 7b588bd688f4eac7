package org.sitrep.common;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The remembered results of a pure function: for a component asked the same question many times (the readers of an
 * article's places look each name up again, and the same names recur across articles). The function must be pure and
 * its results immutable, so that a remembered answer is the answer and output does not depend on what was asked before.
 *
 * <p>Thread-safe, and bounded: once it holds {@code capacity} results it forgets them all and starts over, so its
 * memory stays flat on any input. Two threads asking the same new key may both compute it; one answer is kept.
 */
public final class Memo<K, V> {
    private final ConcurrentHashMap<K, V> results;
    private final int capacity;

    public Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.results = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /** The result for {@code key}: remembered, else computed by {@code compute} (which must not return null). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V known = results.get(key);
        if (known != null) {
            return known;
        }
        V made = compute.apply(key);
        if (results.size() >= capacity) {
            results.clear();
        }
        V raced = results.putIfAbsent(key, made);
        return raced != null ? raced : made;
    }

    /** How many results it holds now (for tests). */
    int size() {
        return results.size();
    }
}
