package communitysim.cli;

import communitysim.calibrate.Discrepancy;
import picocli.CommandLine.Option;

/** {@code --discrepancy}, shared by {@code forecast} and {@code backtest}. */
final class DiscrepancyOption {
    @Option(names = "--discrepancy", paramLabel = "level|none", defaultValue = "level",
            description = "Carry the gap between the data and the model into the forecast as a fitted local level (level, the default) or forecast from the simulations alone (none).")
    Discrepancy.Mode mode;
}
