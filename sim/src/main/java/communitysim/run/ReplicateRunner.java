package communitysim.run;

import communitysim.metrics.DailyObserver;
import communitysim.metrics.ReplicateResult;
import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;

/** Runs one replicate of a scenario to the end and collects what it reports. */
public final class ReplicateRunner {
    private ReplicateRunner() {}

    /**
     * Receives each finished day of a replicate: the model as it stands after the day (read it, never change it) and the
     * day's {@code daily.csv} row (indexed by {@link communitysim.metrics.Metric#ordinal()}; do not keep or change it).
     * Called from the replicate's thread. An unchecked exception thrown here stops the replicate and propagates (how an
     * interactive face cancels a run).
     */
    @FunctionalInterface
    public interface DayListener {
        void dayDone(int replicate, CommunityModel model, int day, double[] row);

        DayListener NONE = (replicate, model, day, row) -> {};
    }

    /** Runs the replicate to its horizon. */
    public static ReplicateResult run(Scenario scenario, int replicate, long seed, int workers) {
        return run(scenario, replicate, seed, workers, DayListener.NONE, Long.MAX_VALUE);
    }

    /**
     * Runs the replicate, telling {@code listener} about each day, and stops at the end of the first
     * day with more than {@code memberCap} members; the days after it then repeat that day's row, so
     * a runaway reads as one (it never looks like a community that died out).
     *
     * @param workers threads inside the replicate (results do not depend on it)
     */
    public static ReplicateResult run(Scenario scenario, int replicate, long seed, int workers, DayListener listener, long memberCap) {
        long t0 = System.nanoTime();
        CommunityModel model = new CommunityModel(scenario, seed, workers);
        model.start();
        DailyObserver observer = new DailyObserver(model);
        // The listener reads the day's row, so it runs right after the observer fills it: MASON shuffles steppables that share
        // a place in the day. The second, empty steppable keeps their number, and so the model's random stream, as it was.
        model.addObserver(state -> {
            observer.step(state);
            listener.dayDone(replicate, model, model.day(), observer.rows()[model.day() - 1]);
        });
        model.addObserver(state -> {});
        try {
            if (model.runUntil(memberCap)) {
                double[][] rows = observer.rows();
                int last = model.day();
                for (int d = last; d < rows.length; d++) rows[d] = rows[last - 1].clone();
            }
        } finally {
            model.finish();
        }
        double[][] lorenz = observer.lorenz();
        return new ReplicateResult(replicate, seed, observer.rows(), observer.retention(), lorenz[0], lorenz[1],
                observer.memberDays(), observer.groupLives(), System.nanoTime() - t0);
    }
}
