package org.parley.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fixed pool of worker threads that work on items in parallel and hand the results back in the
 * order the items came in, on the one thread that submits them.
 *
 * <p>Each worker thread runs its own work function, so a function may hold state that is not
 * thread-safe (a CoreNLP pipeline). At most {@code window} items are in flight (queued, being
 * worked on, or done and waiting for an earlier one); {@link #submit} delivers finished results
 * and, when the window is full, waits for the oldest. Memory is therefore bounded by the window,
 * whatever the number of items, and a slow item holds back delivery but never reorders it.
 *
 * <p>Design decision: results are delivered on the submitting thread rather than on a writer
 * thread of their own, so that a consumer that is not thread-safe (a JSON writer, a database
 * connection) needs no locking and sees exactly the calls a single-threaded run would make.
 *
 * <p>Not thread-safe: one thread submits, finishes and closes.
 */
final class OrderedWorkers<T, R> implements AutoCloseable {

    private final BlockingQueue<Job<T, R>> queue;
    private final Deque<Job<T, R>> inFlight = new ArrayDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    private final int window;
    private final Consumer<R> results;

    /**
     * Starts one thread per work function.
     *
     * @param workers the work of each thread; at least one
     * @param window  how many items may be in flight at once; at least the number of workers
     * @param results where the results go, in submission order, called on the submitting thread
     */
    OrderedWorkers(List<Function<T, R>> workers, int window, Consumer<R> results, String threadName) {
        if (workers.isEmpty()) {
            throw new IllegalArgumentException("at least one worker is needed");
        }
        if (window < workers.size()) {
            throw new IllegalArgumentException("window " + window + " is smaller than the " + workers.size()
                    + " workers");
        }
        this.window = window;
        this.results = results;
        this.queue = new ArrayBlockingQueue<>(window);
        for (Function<T, R> work : workers) {
            Thread thread = new Thread(() -> work(work), threadName + "-" + (threads.size() + 1));
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /** Queues an item for the workers, first delivering what is ready and waiting while the window is full. */
    void submit(T item) {
        makeRoom();
        Job<T, R> job = new Job<>(item, new CompletableFuture<>());
        inFlight.addLast(job);
        // Never blocks: the queue holds no more than the window, and the window has room.
        queue.add(job);
    }

    /**
     * Places a result that is known already (a problem found while reading) at this point of the
     * order, so that it is delivered after the results of the items submitted before it.
     */
    void submitResult(R result) {
        makeRoom();
        inFlight.addLast(new Job<>(null, CompletableFuture.completedFuture(result)));
        deliverReady();
    }

    /** Waits for every item in flight and delivers its result. */
    void finish() {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.removeFirst());
        }
    }

    /** Stops the worker threads; items still queued are dropped. */
    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void makeRoom() {
        deliverReady();
        while (inFlight.size() >= window) {
            deliver(inFlight.removeFirst());
        }
    }

    private void deliverReady() {
        while (!inFlight.isEmpty() && inFlight.peekFirst().result().isDone()) {
            deliver(inFlight.removeFirst());
        }
    }

    private void deliver(Job<T, R> job) {
        R result;
        try {
            result = job.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a worker");
        } catch (ExecutionException e) {
            // Work functions turn their expected failures into results; what arrives here is an
            // Error or a bug, and it ends the run as it would on one thread.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        results.accept(result);
    }

    private void work(Function<T, R> work) {
        while (true) {
            Job<T, R> job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                job.result().complete(work.apply(job.item()));
            } catch (Throwable t) {
                // Handed to the submitting thread, which rethrows it there.
                job.result().completeExceptionally(t);
            }
        }
    }

    private record Job<T, R>(T item, CompletableFuture<R> result) {
    }
}
