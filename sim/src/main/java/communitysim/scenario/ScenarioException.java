package communitysim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be used; carries every problem found, not just the first. */
public final class ScenarioException extends Exception {

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
