package communitysim.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import communitysim.metrics.Metric;
import communitysim.metrics.ReplicateResult;
import communitysim.metrics.Retention;
import communitysim.run.RunResult;
import communitysim.scenario.Scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Made-up {@link RunResult}s, independent of the model, for the output tests. */
final class FakeRuns {

    static final Instant START = Instant.parse("2024-01-02T03:04:05Z");
    static final Instant END = Instant.parse("2024-01-02T03:04:17.500Z");
    static final long BASE_SEED = 42;

    private FakeRuns() {}

    /** Simple, predictable numbers: every value distinct, some non-integral. */
    static RunResult simple(int reps, int days) {
        List<ReplicateResult> replicates = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            double[][] daily = new double[days][Metric.count()];
            for (int d = 0; d < days; d++) {
                for (int m = 0; m < Metric.count(); m++) daily[d][m] = r * 1000 + d * 10 + m + (m % 3 == 0 ? 0.25 : 0);
            }
            replicates.add(replicate(r, daily));
        }
        return run(replicates, days);
    }

    /** A growing community with noise, so that charts show lines and visible bands. */
    static RunResult realistic(int reps, int days) {
        List<ReplicateResult> replicates = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            Random rnd = new Random(BASE_SEED + r);
            double capacity = 1000 + 150 * rnd.nextGaussian();
            double[][] daily = new double[days][Metric.count()];
            double tokens = 0;
            for (int d = 0; d < days; d++) {
                double[] v = daily[d];
                double members = Math.round(capacity / (1 + 19 * Math.exp(-0.03 * d)) + 10 * rnd.nextGaussian());
                double dau = Math.round(members * (0.3 + 0.03 * rnd.nextGaussian()));
                double ext = Math.max(0, Math.round(8 + 3 * rnd.nextGaussian()));
                double ref = Math.max(0, Math.round(members * 0.004 + 2 * rnd.nextGaussian()));
                tokens += dau * 1.5;
                set(v, Metric.MEMBERS, members);
                set(v, Metric.DAU, dau);
                set(v, Metric.WAU, Math.round(members * 0.55));
                set(v, Metric.MAU, Math.round(members * 0.75));
                set(v, Metric.ACTIVE_RATIO, dau / members);
                set(v, Metric.JOINS_EXTERNAL, ext);
                set(v, Metric.JOINS_REFERRAL, ref);
                set(v, Metric.JOINS, ext + ref);
                set(v, Metric.CHURNED, Math.max(0, Math.round(members * 0.01 + 2 * rnd.nextGaussian())));
                set(v, Metric.CONTENT, Math.round(dau * 0.2));
                set(v, Metric.INTERACTIONS, Math.round(dau * 1.7));
                double[] roleShares = {0.4, 0.25, 0.15, 0.1, 0.06, 0.04};
                Metric[] roles = {Metric.ROLE_INACTIVE, Metric.ROLE_ONLOOKER, Metric.ROLE_PARTICIPANT,
                        Metric.ROLE_COLLECTOR, Metric.ROLE_COMMENTER, Metric.ROLE_CREATOR};
                for (int i = 0; i < roles.length; i++) set(v, roles[i], Math.round(members * roleShares[i]));
                set(v, Metric.MEAN_ENGAGEMENT, 0.45 + 0.1 * d / days + 0.01 * rnd.nextGaussian());
                set(v, Metric.MEAN_BELONGING, 0.1 + 0.3 * d / days + 0.01 * rnd.nextGaussian());
                set(v, Metric.TOKENS_EMITTED, tokens);
                set(v, Metric.TOKENS_PAID, tokens * 0.8);
            }
            replicates.add(replicate(r, daily));
        }
        return run(replicates, days);
    }

    /** {@code result} with replicate {@code index} replaced by {@code change} applied to it. */
    static RunResult withReplicate(RunResult result, int index, UnaryOperator<ReplicateResult> change) {
        List<ReplicateResult> replicates = new ArrayList<>(result.replicates());
        replicates.set(index, change.apply(replicates.get(index)));
        return new RunResult(result.scenario(), result.resolvedScenario(), result.scenarioSource(), result.baseSeed(),
                replicates, result.threads(), result.start(), result.end());
    }

    private static void set(double[] day, Metric metric, double value) {
        day[metric.ordinal()] = value;
    }

    private static ReplicateResult replicate(int r, double[][] daily) {
        int days = daily.length;
        long memberDays = Math.round(Arrays.stream(daily).mapToDouble(v -> v[Metric.MEMBERS.ordinal()]).sum());
        int points = 11;
        double[] population = new double[points];
        double[] share = new double[points];
        for (int i = 0; i < points; i++) {
            population[i] = i / (double) (points - 1);
            share[i] = Math.pow(population[i], 2 + r * 0.1);
        }
        return new ReplicateResult(r, BASE_SEED + r, daily, retention(days), population, share,
                memberDays, groups(days, r), 1_500_000_000L + r);
    }

    /** Cohort c joined in week c; cells after the horizon are -1; cohort 1 is empty. */
    static Retention retention(int days) {
        int weeks = Math.max(1, days / 7);
        int[] size = new int[weeks];
        int[][] members = new int[weeks][weeks];
        int[][] active = new int[weeks][weeks];
        for (int c = 0; c < weeks; c++) {
            size[c] = c == 1 ? 0 : 20 + c;
            for (int w = 0; w < weeks; w++) {
                boolean observed = 7 * (c + w + 1) <= days;
                members[c][w] = observed ? Math.max(0, size[c] - 2 * w) : -1;
                active[c][w] = observed ? members[c][w] / 2 : -1;
            }
        }
        return new Retention(size, members, active);
    }

    private static RunResult run(List<ReplicateResult> replicates, int days) {
        ObjectNode resolved = Json.object();
        resolved.put("name", "fake");
        resolved.put("days", days);
        resolved.put("replicates", replicates.size());
        return new RunResult(scenario("fake", days, replicates.size()), resolved, "scenarios/fake.yaml", BASE_SEED,
                replicates, 4, START, END);
    }

    /**
     * A {@link Scenario} with only name, days, replicates and seed set. Built reflectively because the
     * record gains components as features land, and these tests should not break each time.
     */
    static Scenario scenario(String name, int days, int replicates) {
        try {
            RecordComponent[] components = Scenario.class.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = switch (components[i].getName()) {
                    case "name" -> name;
                    case "days" -> days;
                    case "replicates" -> replicates;
                    case "seed" -> BASE_SEED;
                    default -> zero(types[i]);
                };
            }
            Constructor<Scenario> canonical = Scenario.class.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) return null;
        if (type == boolean.class) return false;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type == float.class) return 0f;
        return 0;
    }

    /** Three groups: one died on day 2, one still open, one a split of the first that died on the last day. */
    static communitysim.metrics.GroupLives groups(int days, int r) {
        return new communitysim.metrics.GroupLives(new int[] {0, 0, 1}, new int[] {2, -1, days}, new int[] {10 + r, 8, 5},
                new int[] {-1, -1, 0}, days);
    }
}
