package communitysim.calibrate;

import communitysim.output.Numbers;

/** Numbers as calibration files write them: the one file format of every output ({@link Numbers#format}). */
final class Format {
    private Format() {}

    static String number(double v) {
        if (Double.isInfinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        return Numbers.format(v);
    }
}
