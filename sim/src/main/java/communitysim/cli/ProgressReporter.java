package communitysim.cli;

import communitysim.run.Runner;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Progress on stderr: a bar on a terminal, plain lines at every tenth otherwise (logs and CI keep
 * readable output).
 */
final class ProgressReporter implements Runner.Progress, AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream plain;
    private final String task;
    private final String unit;
    private final long started = System.nanoTime();
    private int lastTenth = -1;

    ProgressReporter(String task, long total, boolean quiet) {
        this(task, "replicate-days", total, quiet);
    }

    /** Counting {@code unit}s ({@code simulations}, {@code replicate-days}). */
    ProgressReporter(String task, String unit, long total, boolean quiet) {
        this.task = task;
        this.unit = unit;
        boolean terminal = System.console() != null && !quiet;
        this.bar = terminal ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build() : null;
        this.plain = terminal || quiet ? null : System.err;
    }

    @Override
    public synchronized void advanced(long done, long total) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (plain != null) {
            int tenth = (int) (done * 10 / Math.max(1, total));
            if (tenth != lastTenth) {
                lastTenth = tenth;
                plain.printf("%s: %d%% (%d/%d %s%s)%n", task, tenth * 10, done, total, unit, left(done, total));
            }
        }
    }

    /** ", about 1 min 20 s left", from the pace so far; nothing before any work is done or once all is. */
    private String left(long done, long total) {
        if (done <= 0 || done >= total) return "";
        if ((System.nanoTime() - started) / 1e9 * (total - done) / done < 1) return "";
        double seconds = (System.nanoTime() - started) / 1e9 * (total - done) / done;
        long s = Math.round(seconds);
        return ", about " + (s >= 60 ? s / 60 + " min " + s % 60 + " s" : s + " s") + " left";
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
