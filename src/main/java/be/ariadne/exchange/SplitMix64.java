package be.ariadne.exchange;

/**
 * SplitMix64 pseudo-random numbers: fully specified here, so a seed gives the same sequence on
 * every JVM and version (reproducible synthetic data), fast and allocation-free. Not for secrets.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound) (multiply-shift; the bias for bounds this small is below 10⁻⁹). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** True with the given whole percent. */
    boolean percent(int percent) {
        return nextInt(100) < percent;
    }
}
