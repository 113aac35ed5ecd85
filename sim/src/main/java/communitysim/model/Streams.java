package communitysim.model;

import ec.util.MersenneTwisterFast;

/**
 * Random streams derived from a replicate's seed, so that work split into chunks draws the same
 * numbers whichever thread runs a chunk and however many threads there are.
 *
 * <p>Each (phase, chunk) has its own {@link ChunkStream} (XoShiRo256++) seeded by a SplitMix64 hash
 * of the seed and the two numbers, drawn from day after day by whichever thread runs that chunk. A draw about a pair
 * of members (did these two interact today?) must come out the same when either side asks, so it
 * is a hash of the pair and the day instead of a stream draw.
 */
public final class Streams {
    private Streams() {}

    /** SplitMix64's finaliser: a bijective mix with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long a, long b, long c) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        h = mix(h ^ (a + 0x632be59bd9b4e019L));
        h = mix(h ^ (b + 0x85157af5L));
        return mix(h ^ (c + 0x2545f4914f6cdd1dL));
    }

    /**
     * The stream of one chunk of one phase, seeded from the whole 64-bit derived key (MASON's
     * {@code long} constructor would keep only the low 32 bits, so a few hundred streams could collide).
     */
    public static MersenneTwisterFast forChunk(long seed, int phase, int chunk) {
        return new ChunkStream(derive(seed, CHUNK_STREAMS, phase, chunk));
    }

    /** Sets chunk streams apart from the other uses of {@link #derive}. */
    private static final long CHUNK_STREAMS = 0xc4a4c;

    /**
     * A uniform draw in [0, 1) shared by both members of a pair; {@code key} is
     * {@code derive(seed, day, purpose, 0)}, computed once per chunk. One SplitMix64 finaliser of
     * the key and the ordered pair: the key is itself a full mix of the seed and the day, and the
     * finaliser avalanches every input bit, so pairs that differ in one member's id still draw
     * independent-looking numbers ({@code StreamsTest}). It once mixed the pair before the key: the
     * interactions pass draws for every pair of active neighbours twice a day, once from each
     * side, and the mix fewer made that pass some 4% faster.
     */
    public static double pairUniform(long key, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        long h = mix(key ^ (((long) lo << 32) | (hi & 0xffffffffL)));
        return (h >>> 11) * 0x1.0p-53;
    }
}
