package communitysim.compare;

import java.util.List;

/**
 * A knob whose resolved value is not the same in every scenario.
 *
 * @param path   dotted path as in {@code --set}, e.g. {@code recruitment.external.steps[0].rate}
 * @param values each scenario's value as text, in scenario order; {@link KnobDiff#ABSENT} where it has none
 */
public record KnobDifference(String path, List<String> values) {

    public KnobDifference {
        values = List.copyOf(values);
    }
}
