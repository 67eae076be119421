#!/usr/bin/python3
"""NumPy's side of the sampling comparison in the README ("Sampling").

The five expressions and the timing of the shared baseline (../shared/baselines/surface_eval.py,
its NumPy half): np.meshgrid(linspace(-2, 2, N), linspace(-2, 2, N)), float64, the evaluation
only, the median of REPEATS runs after WARMUP untimed ones; here 21 after 5, as single runs vary.
Prints `numpy SURFACE N: R Mpoints/s`, then x**2 - y**2 written into preallocated arrays with
ufunc `out=` (what `Sampler.sampleInto` does in Java).

NumPy's figure depends on glibc's allocator: each call allocates 8 MB (1024²) or 32 MB (2048²)
arrays, and whether malloc hands back the memory freed on the call before or maps fresh pages
changes it up to 16x. To see NumPy with memory reused on every call:
  MALLOC_MMAP_THRESHOLD_=268435456 MALLOC_TRIM_THRESHOLD_=1073741824 MALLOC_TOP_PAD_=268435456 \
      python3 src/jmh/python/numpy_surfaces.py
"""
import statistics
import time

import numpy as np
from numpy import cos, exp, sqrt, pi, e

REPEATS, WARMUP = 21, 5
SURFACES = [
    ("saddle", lambda x, y: x**2 - y**2),
    ("rosenbrock", lambda x, y: (1-x)**2 + 100*(y-x**2)**2),
    ("himmelblau", lambda x, y: (x**2+y-11)**2 + (x+y**2-7)**2),
    ("rastrigin", lambda x, y: 20 + x**2 - 10*cos(2*pi*x) + y**2 - 10*cos(2*pi*y)),
    ("ackley", lambda x, y: -20*exp(-0.2*sqrt(0.5*(x**2+y**2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20),
]


def median_seconds(fn):
    for _ in range(WARMUP):
        fn()
    ts = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts)


def main():
    print(f"numpy {np.__version__}, median of {REPEATS} after {WARMUP}", flush=True)
    for n in (1024, 2048):
        x, y = np.meshgrid(np.linspace(-2, 2, n), np.linspace(-2, 2, n))
        for name, fn in SURFACES:
            s = median_seconds(lambda: fn(x, y))
            print(f"numpy {name} {n}: {n * n / s / 1e6:.0f} Mpoints/s", flush=True)
        out, tmp = np.empty_like(x), np.empty_like(x)

        def saddle_into():
            np.multiply(x, x, out=out)
            np.multiply(y, y, out=tmp)
            np.subtract(out, tmp, out=out)
        s = median_seconds(saddle_into)
        print(f"numpy saddle {n} into preallocated arrays: {n * n / s / 1e6:.0f} Mpoints/s", flush=True)


if __name__ == "__main__":
    main()
