package communitysim.calibrate;

/** Bad observed data or calibration settings: the message names the file and line, or the flag. */
public final class ObservedException extends Exception {
    public ObservedException(String message) {
        super(message);
    }
}
