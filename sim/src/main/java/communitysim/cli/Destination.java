package communitysim.cli;

import communitysim.calibrate.ObservedException;
import communitysim.output.AtomicDirectory;

import java.nio.file.Path;

/** A results folder the user named, checked before any work ({@link AtomicDirectory#whyUnusable}). */
final class Destination {
    private Destination() {}

    static void check(Path out, String flag) throws ObservedException {
        java.util.Optional<String> why = AtomicDirectory.whyUnusable(out, flag);
        if (why.isPresent()) throw new ObservedException(why.get());
    }
}
