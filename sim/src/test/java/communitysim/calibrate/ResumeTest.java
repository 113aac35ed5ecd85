package communitysim.calibrate;

import communitysim.sweep.Executor;
import communitysim.sweep.LocalExecutor;
import communitysim.sweep.SweepJob;
import communitysim.sweep.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A calibration killed part-way and resumed from its journal ends with the same posterior as one
 * that ran straight through, and does not simulate again what the journal holds. Also: the thread
 * count does not change the posterior.
 */
class ResumeTest {
    @TempDir
    Path dir;

    private CalibrationPlan plan() throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, "name: s\npool: {size: 800}\ninitial: {members: 10, engagement: 0.8}\n"
                + "recruitment: {external: {unit: perDay, rate: 1}}\n");
        StringBuilder csv = new StringBuilder("day,new_contributors,content\n");
        for (int d = 1; d <= 120; d++) csv.append(d).append(',').append(d % 3 == 0 ? 1 : 0).append(',').append(d % 2).append('\n');
        Path observed = dir.resolve("obs.csv");
        Files.writeString(observed, csv);
        return CalibrationPlan.of(scenario, List.of(), observed, List.of("recruitment.external.rate=0.1:3:log", "churn.base=0.01:0.2:log"),
                List.of("new_contributors", "content"), null, null, Period.week, 1);
    }

    /** Evaluates tasks on this machine until {@code limit} tasks, then fails as a killed process would. */
    private static Executor dying(int limit, AtomicInteger count) {
        LocalExecutor inner = new LocalExecutor(2);
        return (SweepJob job, List<Task> tasks, Executor.Sink sink) -> inner.execute(job, tasks, r -> {
            if (count.incrementAndGet() > limit) throw new IOException("killed");
            sink.accept(r);
        });
    }

    @Test
    void aResumedCalibrationEndsWhereAnUninterruptedOneDoes() throws Exception {
        AbcSmc.Settings settings = AbcSmc.Settings.defaults(30, 240, 5);
        Calibration.Result straight = Calibration.run(plan(), settings, new LocalExecutor(1), (p, e, l) -> { });
        Path journal = dir.resolve("simulations.csv");
        AtomicInteger first = new AtomicInteger();
        assertThrows(IOException.class, () -> Calibration.run(plan(), settings, dying(100, first), (p, e, l) -> { }, journal));
        AtomicInteger second = new AtomicInteger();
        Calibration.Result resumed = Calibration.run(plan(), settings, dying(Integer.MAX_VALUE, second), (p, e, l) -> { }, journal);
        AbcSmc.Population a = straight.posterior(), b = resumed.posterior();
        assertEquals(a.generation(), b.generation());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.theta()[i], b.theta()[i]);
        assertArrayEquals(a.weights(), b.weights());
        assertTrue(second.get() <= straight.simulations() - 90,
                "the resumed run simulated " + second.get() + " of " + straight.simulations() + " again");
    }
}
