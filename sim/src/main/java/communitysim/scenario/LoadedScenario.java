package communitysim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scenario ready to run.
 *
 * @param scenario the bound, immutable knobs
 * @param resolved the full tree with every default filled in, as written to {@code manifest.json};
 *                 treat it as read-only (copy it before changing anything)
 * @param source   the scenario file as the user typed it
 */
public record LoadedScenario(Scenario scenario, ObjectNode resolved, String source) {}
