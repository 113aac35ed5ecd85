package communitysim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of the dimensions' levels, in nested-loop order: the first {@code --vary} is
 * the outermost loop and the last varies fastest. Run {@code r}'s levels are the digits of
 * {@code r} in the mixed radix of the level counts, so nothing per run is stored.
 */
final class GridDesign implements Design {
    private final List<Dimension> dimensions;
    private final int[] stride;
    private final int runs;

    GridDesign(List<Dimension> dimensions) throws SweepException {
        this.dimensions = List.copyOf(dimensions);
        this.stride = new int[dimensions.size()];
        long product = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            stride[d] = (int) product;
            product *= dimensions.get(d).levels().size();
            if (product > MAX_RUNS) {
                throw new SweepException("--vary: the grid has more than " + MAX_RUNS
                        + " runs; use fewer levels or --sample lhs");
            }
        }
        this.runs = (int) product;
    }

    @Override
    public int runs() {
        return runs;
    }

    @Override
    public List<Dimension> dimensions() {
        return dimensions;
    }

    @Override
    public Value value(int run, int dimension) {
        return dimensions.get(dimension).levels().get(levelOf(run, dimension));
    }

    @Override
    public int levelOf(int run, int dimension) {
        return run / stride[dimension] % dimensions.get(dimension).levels().size();
    }

    @Override
    public List<Level> levels(int dimension) {
        List<Level> levels = new ArrayList<>();
        for (Value v : dimensions.get(dimension).levels()) {
            String bound = v.numeric() ? v.cell() : "";
            levels.add(new Level(v.cell(), bound, bound, v.cell()));
        }
        return levels;
    }
}
