package communitysim.compare;

import communitysim.run.RunResult;

/** A scenario of a comparison and its replicates. */
public record PolicyRun(String label, RunResult result) {}
