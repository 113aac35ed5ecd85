package communitysim.run;

import communitysim.metrics.DailyObserver;
import communitysim.metrics.ReplicateResult;
import communitysim.model.CommunityModel;
import communitysim.scenario.Scenario;

import java.util.function.IntConsumer;

/** Runs one replicate of a scenario to the end and collects what it reports. */
public final class ReplicateRunner {
    private ReplicateRunner() {}

    /**
     * @param workers    threads inside the replicate (results do not depend on it)
     * @param onDayDone  called after each day with the day number, for progress
     */
    public static ReplicateResult run(Scenario scenario, int replicate, long seed, int workers, IntConsumer onDayDone) {
        long t0 = System.nanoTime();
        CommunityModel model = new CommunityModel(scenario, seed, workers);
        model.start();
        DailyObserver observer = new DailyObserver(model);
        model.addObserver(observer);
        model.addObserver(state -> onDayDone.accept(model.day()));
        try {
            model.runToEnd();
        } finally {
            model.finish();
        }
        double[][] lorenz = observer.lorenz();
        return new ReplicateResult(replicate, seed, observer.rows(), observer.retention(), lorenz[0], lorenz[1],
                observer.memberDays(), System.nanoTime() - t0);
    }
}
