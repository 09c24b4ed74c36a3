package org.parley.geo;

import java.util.List;
import org.parley.resolve.Gazetteer;

/**
 * Measures the GeoNames gazetteer's load time, heap and lookup time; a benchmark run by hand
 * (see docs/GAZETTEER.md for the command), not a test.
 */
public final class GazetteerFootprint {
    private static final List<String> NAMES = List.of("Amman", "Paris", "Springfield", "Golan Heights", "Aleppo",
            "Columbia", "Kiev", "New York", "Texas", "Nowhere at all");
    private static final int ROUNDS = 200_000;

    private GazetteerFootprint() {
    }

    public static void main(String[] args) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Gazetteer gazetteer = GeoNamesGazetteer.load();
        long loaded = System.nanoTime() - start;
        long after = usedAfterGc();
        int sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < ROUNDS; i++) {
                sink += gazetteer.lookup(NAMES.get(i % NAMES.size())).size();
            }
        }
        start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink += gazetteer.lookup(NAMES.get(i % NAMES.size())).size();
        }
        double lookupMicros = (System.nanoTime() - start) / 1e3 / ROUNDS;
        List<String> words = List.of("talks", "in", "the", "Golan", "Heights", "near", "Quneitra");
        start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink += gazetteer.longestMatch(words, i % words.size()).map(m -> m.length()).orElse(0);
        }
        double matchMicros = (System.nanoTime() - start) / 1e3 / ROUNDS;
        System.out.printf("places %d, load %.2f s, heap %.1f MB, lookup %.2f µs, longestMatch %.2f µs (%d)%n",
                gazetteer.size(), loaded / 1e9, (after - before) / 1e6, lookupMicros, matchMicros, sink % 10);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
