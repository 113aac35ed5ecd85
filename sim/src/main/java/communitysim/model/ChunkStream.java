package communitysim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * A member pass's chunk stream: XoShiRo256++ (Apache Commons RNG) behind MASON's generator type, so
 * the passes and {@link Sampling} take one type whatever the source. The hot passes draw a few
 * numbers per member a day, and XoShiRo256++ gives them for a fraction of MersenneTwisterFast's
 * cost (four longs of state instead of 624 ints, no tempering). Its 2^256 period and equidistribution
 * are ample for a chunk's draws; the methods not overridden here (Gaussian, bytes) fall back to the
 * MersenneTwisterFast state, itself seeded from the same key, so every draw stays a function of the
 * seed.
 */
final class ChunkStream extends MersenneTwisterFast {
    private final XoShiRo256PlusPlus source;

    /** A stream whose state is SplitMix64's expansion of {@code key}. */
    ChunkStream(long key) {
        super(new int[] {(int) key, (int) (key >>> 32)});
        source = new XoShiRo256PlusPlus(Streams.mix(key + 0x9e3779b97f4a7c15L), Streams.mix(key + 2 * 0x9e3779b97f4a7c15L),
                Streams.mix(key + 3 * 0x9e3779b97f4a7c15L), Streams.mix(key + 4 * 0x9e3779b97f4a7c15L));
    }

    @Override
    public double nextDouble() {
        return (source.nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public float nextFloat() {
        return (source.nextInt() >>> 8) * 0x1.0p-24f;
    }

    @Override
    public int nextInt() {
        return source.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return source.nextInt(n);
    }

    @Override
    public long nextLong() {
        return source.nextLong();
    }

    @Override
    public long nextLong(long n) {
        return source.nextLong(n);
    }

    @Override
    public boolean nextBoolean() {
        return source.nextBoolean();
    }
}
