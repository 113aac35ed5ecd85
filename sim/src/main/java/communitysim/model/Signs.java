package communitysim.model;

/**
 * Comparisons as numbers, for the member passes' random outcomes. A jump on a coin toss (active
 * today, meets a threshold, refers) is guessed wrong about {@code min(p, 1 - p)} of the time, and
 * each wrong guess discards the work the processor had begun on the next members; a comparison
 * kept as 0 or 1 and added or masked in steers no jump.
 */
final class Signs {
    private Signs() {}

    /**
     * 1 if {@code x < c}, else 0, for finite doubles: the sign of {@code x - c}. With gradual
     * underflow the difference of two finite doubles is zero only when they are equal, and then
     * it is +0.
     */
    static int below(double x, double c) {
        return (int) (Double.doubleToRawLongBits(x - c) >>> 63);
    }
}
