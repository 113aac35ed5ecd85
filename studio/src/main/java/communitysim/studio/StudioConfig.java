package communitysim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the studio listens and the only two folders it reads from and writes to. */
public record StudioConfig(String host, int port, Path resultsRoot, Path scenarioRoot) {

    /** A folder the studio cannot use, said the way the CLI says it. */
    public static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    public StudioConfig {
        resultsRoot = resultsRoot.toAbsolutePath().normalize();
        scenarioRoot = scenarioRoot.toAbsolutePath().normalize();
    }

    /** Creates the results root if missing; refuses a scenario folder that does not exist. */
    StudioConfig prepared() throws Unusable {
        try {
            Files.createDirectories(resultsRoot);
        } catch (IOException e) {
            throw new Unusable("--results " + resultsRoot + ": cannot create it (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(resultsRoot)) throw new Unusable("--results " + resultsRoot + ": not a folder");
        if (!Files.isDirectory(scenarioRoot)) {
            throw new Unusable("--scenarios " + scenarioRoot + ": no such folder (run the studio from the project folder, or pass --scenarios DIR)");
        }
        return this;
    }
}
