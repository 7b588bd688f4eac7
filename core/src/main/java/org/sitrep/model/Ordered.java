package org.sitrep.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Immutable copies that keep insertion order. {@code Map.copyOf} iterates in an order salted per JVM, so
 * output written from it (count keys, notes, disputes) differed from one run, or one Spark executor, to
 * the next.
 */
final class Ordered {
    private Ordered() {
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
