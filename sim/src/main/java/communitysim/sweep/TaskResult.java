package communitysim.sweep;

import java.io.Serializable;

/**
 * What a {@link Task} produced: its row of final metrics ({@link FinalMetrics#COLUMNS} order) and,
 * when the job asks for daily output, its daily rows as a gzip member ({@link DailyRows}), else null;
 * and the job's {@link PeriodSeries} when it names one, else null.
 * Only the tasks in flight hold a result; the daily series itself never leaves the task.
 */
public record TaskResult(int run, int replicate, long seed, double[] finals, byte[] dailyGzip, double[] series) implements Serializable {
    public TaskResult(int run, int replicate, long seed, double[] finals, byte[] dailyGzip) {
        this(run, replicate, seed, finals, dailyGzip, null);
    }
}
