package communitysim.model.rewards;

import communitysim.scenario.Scenario;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Daily amounts from a table (the last row started by a day applies), cut off at the budget and at day D. */
final class TableEmission implements EmissionSchedule {
    private final long[] cumulative;

    TableEmission(long budget, int days, List<Scenario.EmissionRow> table) {
        Scenario.EmissionRow[] rows = table.toArray(Scenario.EmissionRow[]::new);
        Arrays.sort(rows, Comparator.comparingInt(Scenario.EmissionRow::fromDay));
        cumulative = new long[days + 1];
        int next = 0;
        long daily = 0;
        for (int d = 1; d <= days; d++) {
            while (next < rows.length && rows[next].fromDay() <= d) {
                daily = Math.round(rows[next++].amount() * UNITS_PER_TOKEN);
            }
            cumulative[d] = Math.min(budget, cumulative[d - 1] + daily);
        }
    }

    @Override
    public long cumulativeThrough(int day) {
        return cumulative[Math.max(0, Math.min(day, cumulative.length - 1))];
    }
}
