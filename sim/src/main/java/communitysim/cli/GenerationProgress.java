package communitysim.cli;

import communitysim.calibrate.AbcSmc;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/**
 * One line per ABC-SMC batch and generation on stderr: tolerance, accepted so far, acceptance, budget
 * used and the time left. A calibration may be one step of a longer job (a back-test's origins): the
 * time left is then the whole job's, from its simulations done so far.
 */
final class GenerationProgress implements AbcSmc.Listener, AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private final int budget;
    private final String label;
    private final Instant jobStart;
    private final long doneBefore;
    private final long jobTotal;
    private final boolean terminal = System.console() != null;

    /** A calibration that is the whole job. */
    GenerationProgress(PrintWriter err, boolean quiet, int budget) {
        this(err, quiet, budget, "", Instant.now(), 0, budget);
    }

    /**
     * @param label      what the lines start with, such as {@code origin 2017-01-01 (1/3), }
     * @param jobStart   when the whole job started
     * @param doneBefore simulations of the job done before this calibration
     * @param jobTotal   simulations of the whole job at most
     */
    GenerationProgress(PrintWriter err, boolean quiet, int budget, String label, Instant jobStart, long doneBefore, long jobTotal) {
        this.err = err;
        this.quiet = quiet;
        this.budget = budget;
        this.label = label;
        this.jobStart = jobStart;
        this.doneBefore = doneBefore;
        this.jobTotal = jobTotal;
    }

    @Override
    public void batch(int generation, double tolerance, int accepted, int wanted, int evaluated) {
        if (quiet || !terminal) return;
        err.printf("\r%sgeneration %d: tolerance %.4g, accepted %d/%d, simulations %d/%d%s   ", label, generation, tolerance, accepted, wanted,
                evaluated, budget, timeLeft(evaluated));
        err.flush();
    }

    @Override
    public void generation(AbcSmc.Population p, int evaluated, int budgetLeft) {
        if (quiet) return;
        if (terminal) err.print("\r");
        err.printf("%sgeneration %d: tolerance %s, acceptance %.3f, effective particles %.0f, simulations %d/%d%s%n", label, p.generation(),
                Double.isInfinite(p.tolerance()) ? "(prior)" : String.format("%.4g", p.tolerance()), p.acceptance(), p.effectiveSize(),
                evaluated, budget, timeLeft(evaluated));
        err.flush();
    }

    /**
     * "; at most 3 min left", extrapolated from the job's pace so far; the budget is an upper bound
     * (a calibration often stops before it), hence "at most". Empty before there is a pace to go by.
     */
    private String timeLeft(int evaluated) {
        long done = doneBefore + evaluated;
        double seconds = Duration.between(jobStart, Instant.now()).toMillis() / 1000.0;
        if (done <= 0 || done >= jobTotal || seconds < 1) return "";
        return "; at most " + duration(seconds / done * Math.max(0, jobTotal - done)) + " left";
    }

    /** A duration as a person reads it: 40 s, 12 min, 2 h 05 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        long min = Math.round(seconds / 60);
        if (min < 60) return min + " min";
        return String.format("%d h %02d min", min / 60, min % 60);
    }

    @Override
    public void close() {
        err.flush();
    }
}
