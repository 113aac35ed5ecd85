package communitysim.metrics;

import communitysim.model.CommunityModel;
import communitysim.model.DayTally;
import communitysim.model.Members;
import communitysim.model.Role;
import communitysim.model.Stage;
import communitysim.model.organisation.Governance;
import communitysim.model.organisation.GroupTable;
import communitysim.model.organisation.Organisation;
import communitysim.model.rewards.EmissionSchedule;
import communitysim.model.rewards.TokenLedger;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Arrays;

/**
 * Turns each day of a model into a row of {@link Metric} values, and keeps cohort retention. Runs
 * after the day's phases. Balance distribution metrics are recomputed every
 * {@code metrics.distributionEvery} days and carried forward in between.
 */
public final class DailyObserver implements Steppable {
    private final CommunityModel model;
    private final double[][] rows;
    private final int[] cohortSize;
    private final int[][] retained;
    private final int[][] activeInWeek;
    private final int retentionWeeks;
    private long memberDays;
    private final BalanceDistribution distribution = new BalanceDistribution();
    private final Participation participation = new Participation();
    private final ContributorWindows contributorWindows;
    private double gini, top1, top10, nakamoto, hhi;

    /** Each role's and stage's metric, by ordinal: looked up by name once, not every day. */
    private static final Metric[] ROLE_METRICS = Arrays.stream(Role.values()).map(role -> Metric.valueOf("ROLE_" + role.name())).toArray(Metric[]::new);
    private static final Metric[] STAGE_METRICS = Arrays.stream(Stage.values()).map(stage -> Metric.valueOf("STAGE_" + stage.name())).toArray(Metric[]::new);

    public DailyObserver(CommunityModel model) {
        this.model = model;
        int days = model.scenario.days();
        this.rows = new double[days][Metric.count()];
        this.contributorWindows = new ContributorWindows(days);
        this.retentionWeeks = model.scenario.metrics().retentionWeeks();
        int cohorts = weekOf(days) + 1;
        this.cohortSize = new int[cohorts];
        this.retained = new int[cohorts][retentionWeeks];
        this.activeInWeek = new int[cohorts][retentionWeeks];
        for (int[] r : retained) Arrays.fill(r, -1);
        for (int[] r : activeInWeek) Arrays.fill(r, -1);
    }

    /** Week 0 is day 0 (the seed group) and days 1..7; week w covers days 7w-6..7w for w >= 1. */
    static int weekOf(int day) {
        return day == 0 ? 0 : (day - 1) / 7;
    }

    @Override
    public void step(SimState state) {
        int day = model.day();
        DayTally t = model.tally;
        Members m = model.members;
        double[] r = rows[day - 1];
        long members = m.aliveCount();
        memberDays += members;
        set(r, Metric.MEMBERS, members);
        set(r, Metric.JOINS, t.joinsExternal + t.joinsReferral);
        set(r, Metric.JOINS_EXTERNAL, t.joinsExternal);
        set(r, Metric.JOINS_REFERRAL, t.joinsReferral);
        set(r, Metric.CHURNED, t.churnedVoluntary + t.churnedRemoved);
        set(r, Metric.CHURNED_VOLUNTARY, t.churnedVoluntary);
        set(r, Metric.CHURNED_REMOVED, t.churnedRemoved);
        set(r, Metric.DAU, t.dau);
        set(r, Metric.WAU, t.wau);
        set(r, Metric.MAU, t.mau);
        set(r, Metric.ACTIVE_RATIO, members == 0 ? 0 : (double) t.dau / members);
        set(r, Metric.CONTENT, t.content);
        set(r, Metric.INTERACTIONS, t.interactions);
        contributorWindows.record(day, t);
        set(r, Metric.CONTRIBUTORS, t.contributors);
        set(r, Metric.NEW_CONTRIBUTORS, t.newContributors);
        set(r, Metric.CONTRIBUTORS_7D, contributorWindows.within(day, 7));
        set(r, Metric.CONTRIBUTORS_30D, contributorWindows.within(day, 30));
        set(r, Metric.POOL_REMAINING, model.poolRemaining());
        set(r, Metric.DECLINED, t.declined);
        for (int i = 0; i < ROLE_METRICS.length; i++) set(r, ROLE_METRICS[i], t.roles[i]);
        for (int i = 0; i < STAGE_METRICS.length; i++) set(r, STAGE_METRICS[i], t.stages[i]);
        set(r, Metric.MEAN_ENGAGEMENT, members == 0 ? 0 : t.sumEngagement / members);
        set(r, Metric.MEAN_BELONGING, members == 0 ? 0 : t.sumBelonging / members);
        set(r, Metric.EDGES, model.liveEdges());

        if (model.scenario.metrics().distributionDay(day)) {
            if (m.balance != null && model.tokenLedger() != null) { // no tokens ever moved: every balance is 0
                BalanceDistribution d = distribution.compute(m.balance, m.alive, m.aliveCount());
                gini = d.gini();
                top1 = d.topShare(0.01);
                top10 = d.topShare(0.10);
                nakamoto = d.nakamoto();
                hhi = d.hhi();
            }
            participation.compute(m, model.contributorsToday());
        }
        set(r, Metric.HHI, hhi);
        set(r, Metric.CONTENT_TOP1_SHARE, participation.top1);
        set(r, Metric.CONTENT_TOP10_SHARE, participation.top10);
        set(r, Metric.CONTENT_GINI, participation.gini);
        set(r, Metric.ONE_DAY_CONTRIBUTORS, participation.oneDay);
        set(r, Metric.CONTENT_TOP1_SHARE_ALL, participation.top1All);
        set(r, Metric.CONTENT_TOP10_SHARE_ALL, participation.top10All);
        set(r, Metric.ONE_DAY_CONTRIBUTORS_ALL, participation.oneDayAll);
        double cost = model.operations.costToday();
        set(r, Metric.OPS_COST, cost);
        set(r, Metric.COST_PER_ACTIVE, t.dau == 0 ? 0 : cost / t.dau);
        set(r, Metric.EVENT_REACH, t.eventReach);
        observeOrganisation(r, t);
        TokenLedger ledger = model.tokenLedger();
        if (ledger != null) {
            double unit = EmissionSchedule.UNITS_PER_TOKEN;
            set(r, Metric.TOKENS_EMITTED, ledger.emitted / unit);
            set(r, Metric.TOKENS_PAID, ledger.paid / unit);
            set(r, Metric.TOKENS_SOLD, ledger.sold / unit);
            set(r, Metric.TOKENS_BURNED, ledger.burned / unit);
            set(r, Metric.TOKENS_PARTNERS, ledger.partners / unit);
            set(r, Metric.TOKENS_CARRIED, ledger.carried / unit);
            set(r, Metric.REWARD_PER_ACTIVE, t.dau == 0 ? 0 : ledger.paidToday / unit / t.dau);
        }
        set(r, Metric.GINI, gini);
        set(r, Metric.TOP1_SHARE, top1);
        set(r, Metric.TOP10_SHARE, top10);
        set(r, Metric.NAKAMOTO, nakamoto);

        countNewcomers(day);
        if (day % 7 == 0 || day == model.scenario.days()) observeRetention(day);
    }

    private void observeOrganisation(double[] r, DayTally t) {
        Organisation o = model.organisation;
        Governance g = o.governance;
        GroupTable groups = o.groups;
        int live = 0;
        int largest = 0;
        long members = 0;
        for (int i = 0; i < groups.count(); i++) {
            if (!groups.alive(i)) continue;
            live++;
            largest = Math.max(largest, groups.size(i));
            members += groups.size(i);
        }
        set(r, Metric.SUBGROUPS, o.enabled() ? live : 0);
        set(r, Metric.SUBGROUP_BIRTHS, o.births());
        set(r, Metric.SUBGROUP_DEATHS, o.deaths());
        set(r, Metric.SUBGROUP_MEAN_SIZE, o.enabled() && live > 0 ? (double) members / live : 0);
        set(r, Metric.SUBGROUP_MAX_SIZE, o.enabled() ? largest : 0);
        set(r, Metric.OPINION_LEADERS, o.opinionLeaders());
        set(r, Metric.GROUP_LEADERS, o.groupLeaders());
        set(r, Metric.UNMET_NEEDS, g.unmetNeeds());
        set(r, Metric.COHERENCE, g.coherence());
        set(r, Metric.VALUE, t.dau * g.coherence());
        set(r, Metric.CENTRALISATION, g.ratio());
        set(r, Metric.CENTRAL_LOAD, g.centralLoad());
    }

    private static void set(double[] row, Metric metric, double value) {
        row[metric.ordinal()] = value;
    }

    private void countNewcomers(int day) {
        Members m = model.members;
        if (day == 1) {
            // the seed group (day 0) and today's joiners
            for (int id = 0; id < m.size(); id++) if (m.joinDay[id] <= 1) cohortSize[0]++;
            return;
        }
        cohortSize[weekOf(day)] += (int) (model.tally.joinsExternal + model.tally.joinsReferral);
    }

    /** At the end of week W, counts each cohort's members and those active during the week. */
    private void observeRetention(int day) {
        int week = weekOf(day);
        int weekStart = week == 0 ? 0 : 7 * week - 6;
        for (int c = 0; c <= week; c++) {
            int since = week - c;
            if (since < retentionWeeks) {
                retained[c][since] = 0;
                activeInWeek[c][since] = 0;
            }
        }
        Members m = model.members;
        for (int k = 0; k < m.aliveCount(); k++) {
            int id = m.alive[k];
            int c = weekOf(m.joinDay[id]);
            int since = week - c;
            if (since >= retentionWeeks) continue;
            retained[c][since]++;
            if (m.lastActiveDay[id] >= weekStart) activeInWeek[c][since]++;
        }
    }

    public double[][] rows() {
        return rows;
    }

    public long memberDays() {
        return memberDays;
    }

    public Retention retention() {
        return new Retention(cohortSize.clone(), retained, activeInWeek);
    }

    /** Every subgroup's life so far (none recorded with groups off: the one community-wide group never dies). */
    public GroupLives groupLives() {
        return model.organisation.enabled() ? GroupLives.of(model.organisation.groups, model.day()) : GroupLives.none(model.day());
    }

    /** The Lorenz curve of current members' balances. */
    public double[][] lorenz() {
        Members m = model.members;
        // without a token economy no balance is kept: nobody holds anything, the line of equality
        BalanceDistribution d = m.balance != null && model.tokenLedger() != null ? distribution.compute(m.balance, m.alive, m.aliveCount())
                : distribution.compute(new long[0], new int[0], 0);
        return d.lorenz(model.scenario.metrics().lorenzPoints());
    }
}
