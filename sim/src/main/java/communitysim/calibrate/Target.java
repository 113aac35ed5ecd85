package communitysim.calibrate;

import communitysim.metrics.Metric;

/** An observed column and the daily metric the model reports for it ({@code --target COLUMN[=METRIC]}). */
public record Target(String column, Metric metric) {
    static Target parse(String spec) throws ObservedException {
        int eq = spec.indexOf('=');
        String column = (eq < 0 ? spec : spec.substring(0, eq)).strip();
        String metric = (eq < 0 ? spec : spec.substring(eq + 1)).strip();
        if (column.isEmpty() || metric.isEmpty()) throw new ObservedException("--target " + spec + ": expected COLUMN or COLUMN=METRIC");
        try {
            return new Target(column, Metric.byColumn(metric));
        } catch (IllegalArgumentException e) {
            throw new ObservedException("--target " + spec + ": no metric named " + metric
                    + (eq < 0 ? " (map the column to a metric with COLUMN=METRIC)" : "") + "; metrics: " + metricList());
        }
    }

    static String metricList() {
        StringBuilder b = new StringBuilder();
        for (Metric m : Metric.values()) b.append(b.length() == 0 ? "" : ", ").append(m.column);
        return b.toString();
    }

    /** {@code COLUMN=METRIC}, or {@code COLUMN} when they share the name. */
    public String spec() {
        return column.equals(metric.column) ? column : column + "=" + metric.column;
    }
}
