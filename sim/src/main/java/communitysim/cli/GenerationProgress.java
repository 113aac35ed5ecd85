package communitysim.cli;

import communitysim.calibrate.AbcSmc;

import java.io.PrintWriter;

/** One line per ABC-SMC batch and generation on stderr: tolerance, accepted so far, acceptance, budget used. */
final class GenerationProgress implements AbcSmc.Listener, AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private final int budget;
    private final boolean terminal = System.console() != null;

    GenerationProgress(PrintWriter err, boolean quiet, int budget) {
        this.err = err;
        this.quiet = quiet;
        this.budget = budget;
    }

    @Override
    public void batch(int generation, double tolerance, int accepted, int wanted, int evaluated) {
        if (quiet || !terminal) return;
        err.printf("\rgeneration %d: tolerance %.4g, accepted %d/%d, simulations %d/%d   ", generation, tolerance, accepted, wanted, evaluated, budget);
        err.flush();
    }

    @Override
    public void generation(AbcSmc.Population p, int evaluated, int budgetLeft) {
        if (quiet) return;
        if (terminal) err.print("\r");
        err.printf("generation %d: tolerance %s, acceptance %.3f, effective particles %.0f, simulations %d/%d%n", p.generation(),
                Double.isInfinite(p.tolerance()) ? "(prior)" : String.format("%.4g", p.tolerance()), p.acceptance(), p.effectiveSize(),
                evaluated, budget);
        err.flush();
    }

    @Override
    public void close() {
        err.flush();
    }
}
