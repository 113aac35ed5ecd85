package communitysim.sweep;

/**
 * A sweep that cannot start as asked: a bad {@code --vary} spec, a sampler option that does not fit,
 * or a results folder in the way. The message is one line meant for the user, naming what to fix.
 */
public final class SweepException extends Exception {
    public SweepException(String message) {
        super(message);
    }
}
