package communitysim.compare;

import communitysim.scenario.LoadedScenario;

/**
 * One scenario of a comparison.
 *
 * @param label  how reports name it: the scenario's name, or name and file when two scenarios share a name
 * @param loaded the scenario with the comparison's overrides, replicates and seed applied
 */
public record Policy(String label, LoadedScenario loaded) {}
