package org.parley.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the Java heap while a benchmark runs: the highest heap use seen (just before each
 * garbage collection, and now) and the heap still in use after each collection, which is what
 * the run really keeps alive and must stay flat over a long run.
 *
 * <p>Listens to the JVM's garbage collection notifications, which arrive on a JMX thread; the
 * methods are synchronised with it.
 */
final class HeapWatch implements AutoCloseable {

    /** What the heap did since the last {@link #reset}, in bytes. */
    record Heap(long max, long peakUsed, List<Long> afterCollections) {
        long firstAfter() {
            return afterCollections.isEmpty() ? 0 : afterCollections.get(0);
        }

        long lastAfter() {
            return afterCollections.isEmpty() ? 0 : afterCollections.get(afterCollections.size() - 1);
        }

        long highestAfter() {
            return afterCollections.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(pool -> pool.getName())
            .collect(Collectors.toUnmodifiableSet());
    private final NotificationListener listener = this::collected;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final List<Long> afterCollections = new ArrayList<>();
    private long peakUsed;

    private HeapWatch() {
    }

    /** Starts listening to every garbage collector of this JVM. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, null, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    synchronized void reset() {
        afterCollections.clear();
        peakUsed = usedNow();
    }

    synchronized Heap snapshot() {
        peakUsed = Math.max(peakUsed, usedNow());
        return new Heap(Runtime.getRuntime().maxMemory(), peakUsed, List.copyOf(afterCollections));
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // Already gone: nothing left to stop.
            }
        }
    }

    private static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private synchronized void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        peakUsed = Math.max(peakUsed, heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()));
        afterCollections.add(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : byPool.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }
}
