package communitysim.scenario;

/**
 * One change to a scenario from the command line, with what the user typed for it: a
 * {@code --set PATH=VALUE}, or a flag such as {@code --reps 0} that stands for a knob. Problems
 * with an override name the flag as typed, so that {@code --reps 0} is answered about
 * {@code --reps}, not about a {@code --set replicates} the user never wrote.
 *
 * @param label      {@code --set}, or the flag and its value as typed ({@code --reps 0})
 * @param text  {@code PATH=VALUE}
 */
public record Assignment(String label, String text) {

    public static Assignment set(String assignment) {
        return new Assignment(Locations.SET, assignment);
    }

    /** A flag that sets {@code knob}: {@code flag("--reps", "replicates", 3)}. */
    public static Assignment flag(String flag, String knob, Object value) {
        return new Assignment(flag + " " + value, knob + "=" + value);
    }

    boolean isSet() {
        return label.equals(Locations.SET);
    }
}
