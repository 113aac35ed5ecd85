package communitysim.sweep;

/**
 * A group of runs that main effects average over: one grid value, or one quantile bin of LHS values.
 *
 * @param name  the {@code level} cell of {@code main_effects.csv}: the value, or the bin number 1..k
 * @param low   smallest value of the varied knob in the group (empty for booleans and text)
 * @param high  largest value in the group (empty for booleans and text)
 * @param label how the group reads on a chart's axis
 */
public record Level(String name, String low, String high, String label) {}
