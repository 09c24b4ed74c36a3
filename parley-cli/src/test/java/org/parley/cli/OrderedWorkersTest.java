package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    /** Squares a number after a pause that differs from number to number; counts items in flight. */
    private static final class Squares {
        final AtomicInteger started = new AtomicInteger();
        final List<Integer> delivered = new ArrayList<>();
        int mostInFlight;

        Function<Integer, Integer> work() {
            return n -> {
                started.incrementAndGet();
                try {
                    Thread.sleep(new Random(n).nextInt(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return n * n;
            };
        }

        void deliver(int square) {
            delivered.add(square);
            mostInFlight = Math.max(mostInFlight, started.get() - delivered.size() + 1);
        }
    }

    @Test
    void resultsComeInSubmissionOrderAndNoMoreThanTheWindowIsInFlight() {
        Squares squares = new Squares();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(
                List.of(squares.work(), squares.work(), squares.work()), 5, squares::deliver, "test")) {
            for (int n = 0; n < 200; n++) {
                workers.submit(n);
            }
            workers.finish();
        }

        assertThat(squares.delivered).containsExactlyElementsOf(IntStream.range(0, 200).map(n -> n * n).boxed().toList());
        assertThat(squares.mostInFlight).isBetween(1, 5);
    }

    @Test
    void aKnownResultKeepsItsPlace() {
        List<Integer> delivered = new ArrayList<>();
        Function<Integer, Integer> slowNegation = n -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -n;
        };
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(
                List.of(slowNegation, slowNegation), 4, delivered::add, "test")) {
            workers.submit(1);
            workers.submitResult(99);
            workers.submit(2);
            workers.finish();
        }

        assertThat(delivered).containsExactly(-1, 99, -2);
    }

    @Test
    void anErrorInAWorkerIsRethrownOnTheSubmittingThread() {
        List<Integer> delivered = new ArrayList<>();
        Function<Integer, Integer> failing = n -> {
            if (n == 3) {
                throw new StackOverflowError("too deep");
            }
            return n;
        };
        OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(List.of(failing), 2, delivered::add, "test");
        try (workers) {
            assertThatThrownBy(() -> {
                for (int n = 0; n < 10; n++) {
                    workers.submit(n);
                }
                workers.finish();
            }).isInstanceOf(StackOverflowError.class).hasMessage("too deep");
        }

        assertThat(delivered).containsExactly(0, 1, 2);
    }

    @Test
    void aWindowSmallerThanThePoolIsRefused() {
        assertThatThrownBy(() -> new OrderedWorkers<Integer, Integer>(
                List.of(n -> n, n -> n), 1, n -> { }, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window 1 is smaller than the 2 workers");
    }
}
