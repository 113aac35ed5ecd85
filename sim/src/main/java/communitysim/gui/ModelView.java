package communitysim.gui;

import communitysim.metrics.DailyObserver;
import communitysim.metrics.Metric;
import sim.util.Properties;
import sim.util.Propertied;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures the console's Model tab shows: the day, then the report headlines of the metric
 * definitions ({@link Metric#headlines()}) by label, as the {@link DailyObserver} computed them for a
 * results folder. They are a copy of the day's row taken after each day, not live reads of the model:
 * the tab is redrawn on Swing's thread while the next day may already be running, and a live read
 * could catch a day half counted (its tally cleared, its members not yet visited).
 */
public final class ModelView implements Propertied {
    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    /** The metrics the tab shows, in order after the day. */
    public static final List<Metric> SHOWN = Metric.headlines();

    private record Figures(int day, double[] row) {
        static final Figures NONE = new Figures(0, new double[Metric.count()]);
    }

    private volatile Figures figures = Figures.NONE;

    ModelView() {}

    /** Copies the observer's row of the day just ended; called on the model's thread between days. */
    void capture(int day, DailyObserver observer) {
        figures = day < 1 ? Figures.NONE : new Figures(day, observer.rows()[day - 1].clone());
    }

    public int getDay() { return figures.day(); }
    public int getMembers() { return (int) value(Metric.MEMBERS); }
    public double getActiveRatio() { return value(Metric.ACTIVE_RATIO); }

    /** The metric's value on the day shown; a fraction to four significant digits, a count in full. */
    public double value(Metric m) {
        return readable(figures.row()[m.ordinal()]);
    }

    // The tab prints a double in full (0.1346153846153846); four significant digits are what a reader takes in.
    private static double readable(double v) {
        if (v == Math.rint(v) || Double.isNaN(v) || Double.isInfinite(v)) return v;
        return new BigDecimal(v).round(FOUR_DIGITS).doubleValue();
    }

    @Override
    public Properties properties() {
        return new Properties() {
            @Override public boolean isVolatile() { return false; }
            @Override public int numProperties() { return 1 + SHOWN.size(); }
            @Override public Object getValue(int i) { return i == 0 ? (Object) getDay() : (Object) value(SHOWN.get(i - 1)); }
            @Override public boolean isReadWrite(int i) { return false; }
            @Override public String getName(int i) { return i == 0 ? "Day" : SHOWN.get(i - 1).label; }
            @Override public String getDescription(int i) { return i == 0 ? "Days run" : SHOWN.get(i - 1).axisLabel(); }
            @Override public Class<?> getType(int i) { return i == 0 ? Integer.TYPE : Double.TYPE; }
            @Override protected Object _setValue(int i, Object value) { return null; }
        };
    }
}
