package communitysim.calibrate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How days are grouped for fitting and forecasting: a flow is summed over a period, a level read on
 * its last day. Calendar weeks start on the window's first day; months are calendar months when the
 * history is dated and 30-day blocks when it counts days. Only whole periods inside the window count
 * (a month cut in half by the window's edge would be compared with half its flow).
 */
public enum Period {
    day, week, month;

    /** About how many periods make a year. */
    public int perYear() {
        return switch (this) {
            case day -> 365;
            case week -> 52;
            case month -> 12;
        };
    }

    /** Inclusive key ranges [from..until] cut into whole periods: pairs {first, last} of keys. */
    List<long[]> split(long from, long until, boolean dated) {
        List<long[]> out = new ArrayList<>();
        switch (this) {
            case day -> {
                for (long k = from; k <= until; k++) out.add(new long[] {k, k});
            }
            case week -> {
                for (long k = from; k + 6 <= until; k += 7) out.add(new long[] {k, k + 6});
            }
            case month -> {
                if (!dated) {
                    for (long k = from; k + 29 <= until; k += 30) out.add(new long[] {k, k + 29});
                } else {
                    LocalDate first = LocalDate.ofEpochDay(from);
                    LocalDate start = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
                    for (LocalDate m = start; ; m = m.plusMonths(1)) {
                        long a = m.toEpochDay();
                        long b = m.plusMonths(1).toEpochDay() - 1;
                        if (b > until) break;
                        out.add(new long[] {a, b});
                    }
                }
            }
        }
        return out;
    }
}
