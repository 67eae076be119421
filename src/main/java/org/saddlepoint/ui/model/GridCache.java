package org.saddlepoint.ui.model;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.saddlepoint.surface.ScalarGrid;

/**
 * The grids of the surfaces shown last, so that going back to one of them (a class flipping
 * between the saddle and the logistic neuron) shows it at once instead of sampling it again.
 * Least recently used entries go first once {@code capacity} is reached; every entry is held
 * softly, so the garbage collector may drop it when memory runs short. A 256² and a 400² grid
 * take 1.8 MB, so the default 24 entries are at most 44 MB. Thread-safe.
 *
 * <p>The key says everything a grid depends on: the surface choice (by identity: a catalog entry,
 * or the custom expression the user typed), its parameter values, the domain, the grid sizes and
 * the backend the user picked.
 */
final class GridCache {
    /** What a pair of grids was sampled from; {@code choice} is compared by identity. */
    record Key(IdentityOf choice, Map<String, Double> parameters, org.saddlepoint.surface.Domain domain,
               int n3d, int n2d, Object backend) { }

    /** Wraps an object so that it is equal only to itself (surfaces and choices have no value equality). */
    record IdentityOf(Object of) {
        @Override public boolean equals(Object o) { return o instanceof IdentityOf other && other.of == of; }

        @Override public int hashCode() { return System.identityHashCode(of); }
    }

    record Grids(ScalarGrid grid3d, ScalarGrid grid2d) { }

    /** Entries kept by default; {@code -Dsaddlepoint.gridCache=N} changes it (0: none, to measure first visits). */
    static final int DEFAULT_CAPACITY = Integer.getInteger("saddlepoint.gridCache", 24);

    private final int capacity;
    private final Map<Key, SoftReference<Grids>> entries;

    GridCache(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<Grids>> eldest) {
                return size() > GridCache.this.capacity;
            }
        };
    }

    /** The grids sampled for {@code key}, or null. */
    synchronized Grids get(Key key) {
        SoftReference<Grids> ref = entries.get(key);
        Grids g = ref == null ? null : ref.get();
        if (ref != null && g == null) entries.remove(key);
        return g;
    }

    synchronized void put(Key key, Grids grids) {
        if (capacity > 0) entries.put(key, new SoftReference<>(grids));
    }

    synchronized int size() { return entries.size(); }
}
