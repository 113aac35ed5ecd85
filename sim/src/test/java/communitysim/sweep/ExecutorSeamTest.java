package communitysim.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The executor seam as a cluster would use it: job, tasks and results cross a serialization
 * boundary, results arrive in another order, and the folder is still the same bytes.
 */
class ExecutorSeamTest {

    /** Evaluates "remotely" (everything serialized both ways), delivering results last task first. */
    private static final class ReversingRemote implements Executor {
        @Override
        public void execute(SweepJob job, List<Task> tasks, Sink sink) throws IOException {
            TaskEvaluator remote = new TaskEvaluator(roundTrip(job));
            List<TaskResult> results = new ArrayList<>();
            for (Task task : tasks) results.add(roundTrip(remote.evaluate(roundTrip(task))));
            for (int i = results.size() - 1; i >= 0; i--) sink.accept(results.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    private static Sweep sweep() {
        return Sweep.of(Path.of(Cli.BASELINE)).set("initial.members=100").days(20).replicates(2)
                .vary("churn.base=0.04,0.08").vary("network.linkReferrer=true,false").daily(true);
    }

    @Test
    void aRemoteExecutorDeliveringOutOfOrderGivesTheSameFolder(@TempDir Path dir) throws Exception {
        SweepOutcome local = sweep().threads(2).run(dir.resolve("local"));
        SweepOutcome remote = sweep().executor(new ReversingRemote()).run(dir.resolve("remote"));
        assertEquals(8, remote.tasksRun());
        for (String f : List.of("runs.csv", "design.csv", "main_effects.csv", "daily.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(local.folder().resolve(f)), Files.readAllBytes(remote.folder().resolve(f)), f);
        }
    }
}
