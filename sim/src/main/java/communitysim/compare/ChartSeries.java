package communitysim.compare;

/**
 * One line of a report chart: {@code y} over {@code x}, drawn in palette colour {@code colour}, with the
 * band {@code low..high} shaded (equal to {@code y} where there is none). A reference line (such as a
 * Lorenz chart's line of equality) is drawn dashed and grey.
 */
record ChartSeries(String label, int colour, boolean reference, double[] x, double[] y, double[] low, double[] high) {

    ChartSeries {
        if (x.length != y.length || y.length != low.length || low.length != high.length) {
            throw new IllegalArgumentException("series " + label + " has arrays of different lengths");
        }
    }

    static ChartSeries line(String label, int colour, double[] x, double[] y) {
        return new ChartSeries(label, colour, false, x, y, y, y);
    }

    static ChartSeries reference(String label, double[] x, double[] y) {
        return new ChartSeries(label, -1, true, x, y, y, y);
    }
}
