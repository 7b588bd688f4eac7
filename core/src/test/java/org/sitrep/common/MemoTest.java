package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A memo answers as its function does, computes a remembered question once, and stays within its bound. */
class MemoTest {
    @Test
    void aRememberedQuestionIsNotComputedAgain() {
        Memo<String, Integer> lengths = new Memo<>(10);
        AtomicInteger computed = new AtomicInteger();
        assertThat(lengths.get("Kidal", k -> {
            computed.incrementAndGet();
            return k.length();
        })).isEqualTo(5);
        assertThat(lengths.get("Kidal", k -> {
            computed.incrementAndGet();
            return -1;
        })).isEqualTo(5);
        assertThat(computed.get()).isEqualTo(1);
    }

    @Test
    void aFullMemoStartsOverInsteadOfGrowing() {
        Memo<Integer, Integer> squares = new Memo<>(3);
        for (int i = 0; i < 10; i++) {
            assertThat(squares.get(i, k -> k * k)).isEqualTo(i * i);
            assertThat(squares.size()).isLessThanOrEqualTo(3);
        }
        assertThat(squares.get(2, k -> k * k)).isEqualTo(4);
    }

    @Test
    void threadsSharingAMemoGetTheFunctionsAnswers() throws Exception {
        Memo<Integer, String> names = new Memo<>(50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % 120;
                        if (!names.get(k, x -> "town " + x).equals("town " + k)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> c : checks) {
                assertThat(c.get(5, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMemoNeedsRoomForOneAnswer() {
        assertThatThrownBy(() -> new Memo<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
