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
    private int lastTenth = -1;

    ProgressReporter(String task, long total, boolean quiet) {
        this.task = task;
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
                plain.printf("%s: %d%% (%d/%d replicate-days)%n", task, tenth * 10, done, total);
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
