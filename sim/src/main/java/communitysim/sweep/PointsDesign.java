package communitysim.sweep;

import java.util.List;

/**
 * A design of given unit-cube points ({@link UnitPoints}), each coordinate scaled to its knob's
 * interval (integer knobs rounded, as for LHS). Main effects do not apply: every run is one level.
 */
final class PointsDesign implements Design {
    private static final List<Level> ONE_LEVEL = List.of(new Level("all", "", "", "all"));

    private final List<Dimension> dimensions;
    private final Value[][] values;

    PointsDesign(List<Dimension> dimensions, double[][] unit) throws SweepException {
        if (unit.length > MAX_RUNS) throw new SweepException("--n: the design has more than " + MAX_RUNS + " runs");
        this.dimensions = List.copyOf(dimensions);
        this.values = new Value[unit.length][dimensions.size()];
        for (int run = 0; run < unit.length; run++) {
            for (int d = 0; d < dimensions.size(); d++) values[run][d] = dimensions.get(d).at(unit[run][d]);
        }
    }

    @Override
    public int runs() {
        return values.length;
    }

    @Override
    public List<Dimension> dimensions() {
        return dimensions;
    }

    @Override
    public Value value(int run, int dimension) {
        return values[run][dimension];
    }

    @Override
    public List<Level> levels(int dimension) {
        return ONE_LEVEL;
    }

    @Override
    public int levelOf(int run, int dimension) {
        return 0;
    }
}
