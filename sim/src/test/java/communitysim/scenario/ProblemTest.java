package communitysim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsFileLinePathAndMessage() {
        assertEquals("scenarios/x.yaml:14 rewards.levels[2].weight: must be >= 0",
                new Problem("scenarios/x.yaml", 14, "rewards.levels[2].weight", "must be >= 0").toString());
    }

    @Test
    void leavesOutUnknownLineAndEmptyPath() {
        assertEquals("x.yaml: file not found", new Problem("x.yaml", 0, "", "file not found").toString());
        assertEquals("x.yaml:3: is nested too deeply", new Problem("x.yaml", 3, "", "is nested too deeply").toString());
        assertEquals("--set activation.base: must be a number",
                new Problem("--set", 0, "activation.base", "must be a number").toString());
    }
}
