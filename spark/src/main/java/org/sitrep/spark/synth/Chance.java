package org.sitrep.spark.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every random choice of one corpus, from one {@link SplittableRandom}: the same seed and the same order of calls
 * give the same corpus, so callers must not reorder their draws.
 */
final class Chance {
    private final SplittableRandom rnd;

    Chance(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    double nextDouble() {
        return rnd.nextDouble();
    }

    boolean nextBoolean() {
        return rnd.nextBoolean();
    }

    /** An index drawn in proportion to its weight. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new AssertionError();
    }

    <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    <T> List<T> shuffled(List<T> in) {
        List<T> out = new ArrayList<>(in);
        shuffleInPlace(out);
        return out;
    }

    /** Fisher-Yates, from the last element down. */
    <T> void shuffleInPlace(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
