package communitysim.sensitivity;

import communitysim.sweep.Executor;
import communitysim.sweep.FinalMetrics;
import communitysim.sweep.SweepJob;
import communitysim.sweep.Task;
import communitysim.sweep.TaskResult;
import ec.util.MersenneTwisterFast;

import java.io.IOException;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A test evaluator in the place of the model: each task's {@code members} is a pure function of its
 * knobs, each taken as a fraction of its {@code --vary} range, plus (optionally) Gaussian noise of
 * standard deviation {@code noiseSd} drawn from the task's seed, so replicates differ as the model's do.
 * Everything else about the analysis (design, journal, reading back, estimators, files) is the CLI's.
 */
final class FunctionExecutor implements Executor {
    static final String METRIC = "members";

    private final double[] lo;
    private final double[] hi;
    private final ToDoubleFunction<double[]> f;
    private final double noiseSd;

    FunctionExecutor(double[] lo, double[] hi, ToDoubleFunction<double[]> f, double noiseSd) {
        this.lo = lo;
        this.hi = hi;
        this.f = f;
        this.noiseSd = noiseSd;
    }

    @Override
    public void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException {
        int column = FinalMetrics.COLUMNS.indexOf(METRIC);
        for (Task task : tasks) {
            double[] u = new double[task.overrides().size()];
            for (int d = 0; d < u.length; d++) {
                String o = task.overrides().get(d);
                u[d] = (Double.parseDouble(o.substring(o.indexOf('=') + 1)) - lo[d]) / (hi[d] - lo[d]);
            }
            double[] finals = new double[FinalMetrics.COLUMNS.size()];
            finals[column] = f.applyAsDouble(u) + (noiseSd == 0 ? 0 : noiseSd * new MersenneTwisterFast(task.seed()).nextGaussian());
            sink.accept(new TaskResult(task.run(), task.replicate(), task.seed(), finals, null));
        }
    }
}
