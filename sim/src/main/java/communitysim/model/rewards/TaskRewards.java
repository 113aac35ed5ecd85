package communitysim.model.rewards;

import communitysim.scenario.Scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Behaviour mining (source 000): each day's emission, less the partners' and core nodes' shares and
 * plus any carried balance, pays for the day's tasks. An active member does one task, at the highest
 * level its engagement qualifies for. Fixed pricing pays each task its price ({@code weight *
 * unitPrice}), scaled down pro rata by price when the pool is short; share pricing splits the pool
 * in proportion to weight. Payments are floored to base units, so the day never pays more than its
 * pool; what is left rolls over or burns.
 *
 * <p>Members see yesterday's pay per task at their level, times the day's token price, and are
 * pulled in by {@code sensitivity * log(1 + expected / rewardScale)}.
 */
public final class TaskRewards implements TokenEconomy {
    public static final int MAX_LEVELS = 16;
    private static final MathContext PRECISION = new MathContext(40, RoundingMode.DOWN);

    private final Scenario.Rewards config;
    private final EmissionSchedule schedule;
    public final TokenLedger ledger;
    /** The day before this economy's first: its emission schedule counts days from the next one. */
    private final int clock;
    private final double[] minEngagement;
    private final double[] weight;
    /** Announced price per task at each level, in base units (fixed pricing). */
    private final long[] listPrice;
    /** Today's pay per task at each level, in base units. */
    private final long[] payPerTask;
    /** Activation pull of each level's expected reward, at {@code level + 1}: entry 0 is no level's, 0. */
    private final double[] pull;
    /** Whether the levels' engagement thresholds never fall, so that the levels met are counted. */
    private final boolean ladder;
    private long memberPool;
    private long corePerNode;
    /** Today's core-node share; what the nodes are not credited stays unspent. */
    private long coreShare;

    @Override
    public boolean enabled() {
        return true;
    }

    public TaskRewards(Scenario.Rewards config) {
        this(config, (TokenLedger) null, 0);
    }

    /**
     * An economy whose knobs changed mid-run: the ledger and the emission clock go on (the new
     * schedule is read from where the old one was, as if it had always been the schedule), and
     * members expect what the previous economy last paid at each level the two share.
     */
    public TaskRewards(Scenario.Rewards config, TaskRewards previous, int clock) {
        this(config, previous.ledger, clock);
        if (config.pricing() == previous.config.pricing()) {
            System.arraycopy(previous.payPerTask, 0, payPerTask, 0, Math.min(payPerTask.length, previous.payPerTask.length));
        }
    }

    /**
     * An economy that starts on day {@code clock + 1}, keeping {@code ledger}'s totals when there is one
     * (rewards that stopped and start again).
     */
    public TaskRewards(Scenario.Rewards config, TokenLedger ledger, int clock) {
        this.config = config;
        this.clock = clock;
        this.ledger = ledger != null ? ledger : new TokenLedger();
        this.schedule = EmissionSchedule.of(config);
        // a budget cut below what was emitted already stops emission; it cannot take tokens back
        this.ledger.budget = Math.max(EmissionSchedule.budgetOf(config), this.ledger.emitted);
        int k = config.levels().size();
        minEngagement = new double[k];
        weight = new double[k];
        listPrice = new long[k];
        payPerTask = new long[k];
        pull = new double[k + 1];
        boolean rising = true;
        for (int i = 0; i < k; i++) {
            if (i > 0 && config.levels().get(i).minEngagement() < config.levels().get(i - 1).minEngagement()) rising = false;
            minEngagement[i] = config.levels().get(i).minEngagement();
            weight[i] = config.levels().get(i).weight();
            listPrice[i] = Math.round(weight[i] * config.unitPrice() * EmissionSchedule.UNITS_PER_TOKEN);
            // before any settlement members expect the announced price (nothing is announced under share pricing)
            payPerTask[i] = config.pricing() == Scenario.Pricing.fixed ? listPrice[i] : 0;
        }
        ladder = rising;
    }

    public int levels() {
        return weight.length;
    }

    /** The level an engagement qualifies for, or -1 if none. */
    @Override
    public int levelFor(double engagement) {
        if (ladder) {
            // the levels met are those from the first up: counted without a jump per level, which
            // engagement spread around the thresholds would make a coin toss for the processor
            int met = 0;
            for (double min : minEngagement) met += engagement >= min ? 1 : 0;
            return met - 1;
        }
        for (int i = minEngagement.length - 1; i >= 0; i--) if (engagement >= minEngagement[i]) return i;
        return -1;
    }

    /** Activation pull of a level today (0 for no level). */
    @Override
    public double pull(int level) {
        return pull[level + 1];
    }

    /**
     * Emits the day's amount, pays partners, sets aside the core nodes' share and the members' pool,
     * and fixes the pull members feel from yesterday's pay.
     *
     * @param coreNodes current members flagged as core nodes
     */
    @Override
    public void openDay(int day, long coreNodes) {
        double price = config.priceOn(day);
        for (int i = 0; i < payPerTask.length; i++) {
            double expected = payPerTask[i] / (double) EmissionSchedule.UNITS_PER_TOKEN * price;
            pull[i + 1] = config.sensitivity() * Math.log1p(expected / config.rewardScale());
        }
        // a budget cut mid-run can leave less than the new schedule would emit: never beyond the budget
        long emission = Math.min(schedule.amountOn(day - clock), Math.max(0, ledger.budget - ledger.emitted));
        ledger.emitted += emission;
        long toPartners = share(emission, config.partnerShare());
        ledger.partners += toPartners;
        long coreShare = share(emission, config.coreNodeShare());
        corePerNode = coreNodes > 0 ? coreShare / coreNodes : 0;
        this.coreShare = coreShare;
        memberPool = ledger.carried + emission - toPartners - coreShare;
        ledger.carried = 0;
        ledger.paidToday = 0;
    }

    /** {@code floor(amount * fraction)}, with the fraction as written (0.3 is three tenths): shares never add up to more than the amount. */
    private static long share(long amount, double fraction) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(fraction)).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /** Base units each core node receives today. */
    @Override
    public long corePerNode() {
        return corePerNode;
    }

    /** Sets today's pay per task from the day's task counts per level. */
    @Override
    public void price(long[] tasksByLevel) {
        int k = weight.length;
        if (config.pricing() == Scenario.Pricing.fixed) {
            BigInteger demand = BigInteger.ZERO;
            for (int i = 0; i < k; i++) demand = demand.add(BigInteger.valueOf(tasksByLevel[i]).multiply(BigInteger.valueOf(listPrice[i])));
            BigInteger pool = BigInteger.valueOf(memberPool);
            boolean short_ = demand.compareTo(pool) > 0;
            for (int i = 0; i < k; i++) {
                payPerTask[i] = short_
                        ? BigInteger.valueOf(listPrice[i]).multiply(pool).divide(demand).longValueExact()
                        : listPrice[i];
            }
        } else {
            BigDecimal totalWeight = BigDecimal.ZERO;
            for (int i = 0; i < k; i++) totalWeight = totalWeight.add(BigDecimal.valueOf(tasksByLevel[i]).multiply(BigDecimal.valueOf(weight[i])));
            BigDecimal whole = BigDecimal.valueOf(memberPool);
            for (int i = 0; i < k; i++) {
                // A level nobody worked at today can have a weight out of all proportion to the day's total;
                // its price is never paid, but one task there could at most take the whole pool.
                payPerTask[i] = totalWeight.signum() == 0 ? 0 : whole.multiply(BigDecimal.valueOf(weight[i]))
                        .divide(totalWeight, PRECISION).min(whole).setScale(0, RoundingMode.FLOOR).longValueExact();
            }
        }
    }

    /** Today's pay at {@code level}, 0 at -1 (no level): masked, so that callers need no jump on it. */
    @Override
    public long payPerTask(int level) {
        return payPerTask[Math.max(level, 0)] & ~((long) level >> 63);
    }

    /**
     * Books the day's payments (tasks and core shares, as credited to members) and sends the rest of
     * the pool to tomorrow or to the burn.
     */
    @Override
    public void closeDay(long paidForTasks, long paidToCore, long sold) {
        long unspent = memberPool - paidForTasks + coreShare - paidToCore;
        ledger.paid += paidForTasks + paidToCore;
        ledger.paidToday = paidForTasks + paidToCore;
        ledger.sold += sold;
        if (config.unspent() == Scenario.Unspent.rollover) ledger.carried = unspent;
        else ledger.burned += unspent;
    }
}
