package org.saddlepoint.ui.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.saddlepoint.compute.Backend;
import org.saddlepoint.compute.Sampler;
import org.saddlepoint.compute.SelectableSampler;
import org.saddlepoint.surface.Domain;
import org.saddlepoint.surface.ScalarGrid;
import org.saddlepoint.surface.Surface;

/**
 * Resamples a surface off the UI thread (the 3D grid, then the 2D grid) with progress; a newer
 * request cancels the older one, and only the newest result reaches the UI thread. With a
 * {@link SelectableSampler} the user's backend choice applies: when the choice changes, the
 * last request is sampled again on the new backend. A request that says which surface choice and
 * parameter values it samples is answered from the {@link GridCache} when the same surface was
 * sampled before on the same domain and backend.
 */
public final class GridComputer {
    public static final int GRID_3D = 256, GRID_2D = 400;
    /** Surfaces whose grids are kept by default ({@code -Dsaddlepoint.gridCache=N}; 0 keeps none). */
    public static final int CACHE_ENTRIES = GridCache.DEFAULT_CAPACITY;
    private final Sampler sampler;
    private final Executor worker, uiThread, cachedResults;
    private final AtomicLong latest = new AtomicLong();
    private final int n3d, n2d;
    private final GridCache cache;

    public GridComputer(Sampler sampler, Executor worker, Executor uiThread) { this(sampler, worker, uiThread, GRID_3D, GRID_2D); }

    public GridComputer(Sampler sampler, Executor worker, Executor uiThread, int n3d, int n2d) {
        this(sampler, worker, uiThread, n3d, n2d, GridCache.DEFAULT_CAPACITY);
    }

    /** {@code cacheEntries}: how many surfaces' grids are kept for going back to them (0: none). */
    public GridComputer(Sampler sampler, Executor worker, Executor uiThread, int n3d, int n2d, int cacheEntries) {
        this(sampler, worker, uiThread, uiThread, n3d, n2d, cacheEntries);
    }

    /**
     * @param cachedResults runs the application of grids answered from the cache on the UI thread:
     *        the app passes a {@link PacedFxExecutor}, so that such a grid, which is ready at once,
     *        is not applied while the renderer still draws the frame of the click that asked for it
     */
    public GridComputer(Sampler sampler, Executor worker, Executor uiThread, Executor cachedResults, int n3d, int n2d, int cacheEntries) {
        this.cachedResults = cachedResults;
        this.cache = new GridCache(cacheEntries);
        this.sampler = sampler;
        this.worker = worker;
        this.uiThread = uiThread;
        this.n3d = n3d;
        this.n2d = n2d;
        if (sampler instanceof SelectableSampler s) {
            java.lang.ref.WeakReference<GridComputer> self = new java.lang.ref.WeakReference<>(this);
            Runnable[] hook = new Runnable[1];
            hook[0] = () -> {
                GridComputer g = self.get();
                if (g == null) s.removeChangeListener(hook[0]);
                else g.backendChanged(s.selected());
            };
            s.addChangeListener(hook[0]);
        }
    }

    private record Request(Surface surface, Domain domain, GridCache.Key key, DoubleConsumer progress, Consumer<GridPair> apply,
                           Consumer<String> failed, Backend backend) { }

    private volatile Request last;

    /** The sampler the grids are taken with. */
    public Sampler sampler() { return sampler; }

    /** Samples the last request again when the user picked another backend (any thread). */
    private void backendChanged(Backend now) {
        Request r = last;
        if (r != null && !now.equals(r.backend())) {
            uiThread.execute(() -> {
                Request again = last;
                if (again == r) submit(r.surface(), r.domain(), r.key() == null ? null : r.key().choice().of(),
                        r.key() == null ? null : r.key().parameters(), r.progress(), r.apply(), r.failed());
            });
        }
    }

    /**
     * Samples {@code surface} on {@code domain}; {@code progress} (UI thread) gets values in
     * [0, 1], {@code apply} the grids, {@code failed} a one-line reason if sampling threw.
     */
    public void submit(Surface surface, Domain domain, DoubleConsumer progress, Consumer<GridPair> apply, Consumer<String> failed) {
        submit(surface, domain, null, null, progress, apply, failed);
    }

    /**
     * As {@link #submit(Surface, Domain, DoubleConsumer, Consumer, Consumer)}, for a surface built
     * from {@code choice} (compared by identity) with {@code parameters}: when those grids were
     * sampled before on the same domain and backend and are still cached, they are applied
     * without sampling, through the {@code cachedResults} executor (the UI executor unless the
     * constructor was given another).
     * With a null {@code choice} nothing is cached.
     */
    public void submit(Surface surface, Domain domain, Object choice, java.util.Map<String, Double> parameters,
                       DoubleConsumer progress, Consumer<GridPair> apply, Consumer<String> failed) {
        long id = latest.incrementAndGet();
        Backend backend = sampler instanceof SelectableSampler s ? s.selected() : null;
        GridCache.Key key = choice == null ? null : new GridCache.Key(new GridCache.IdentityOf(choice),
                parameters == null ? java.util.Map.of() : java.util.Map.copyOf(parameters), domain, n3d, n2d, backend);
        last = new Request(surface, domain, key, progress, apply, failed, backend);
        GridCache.Grids cached = key == null ? null : cache.get(key);
        if (cached != null) {
            GridPair pair = new GridPair(id, cached.grid3d(), cached.grid2d(), surface);
            cachedResults.execute(() -> {
                if (latest.get() == id) {
                    progress.accept(1.0);
                    apply.accept(pair);
                }
            });
            return;
        }
        worker.execute(() -> {
            if (latest.get() != id) return;
            try {
                double share = (double) n3d * n3d / ((double) n3d * n3d + (double) n2d * n2d);
                ScalarGrid g3 = sampler.sample(surface, domain, n3d, n3d, p -> report(id, progress, p * share), () -> latest.get() != id);
                ScalarGrid g2 = sampler.sample(surface, domain, n2d, n2d, p -> report(id, progress, share + p * (1 - share)), () -> latest.get() != id);
                g3.finiteMin(); // gathers each grid's range and holes here, not on the FX thread
                g2.finiteMin();
                if (key != null) cache.put(key, new GridCache.Grids(g3, g2));
                GridPair pair = new GridPair(id, g3, g2, surface);
                uiThread.execute(() -> {
                    if (latest.get() == id) {
                        progress.accept(1.0);
                        apply.accept(pair);
                    }
                });
            } catch (CancellationException e) {
                // a newer request replaced this one
            } catch (RuntimeException e) {
                uiThread.execute(() -> failed.accept(e.getMessage()));
            }
        });
    }

    /** Surfaces whose grids are cached now (for tests). */
    int cachedSurfaces() { return cache.size(); }

    private long lastReport;

    private void report(long id, DoubleConsumer progress, double p) {
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastReport < 30_000_000L && p < 1) return;
            lastReport = now;
        }
        uiThread.execute(() -> {
            if (latest.get() == id) progress.accept(p);
        });
    }
}
