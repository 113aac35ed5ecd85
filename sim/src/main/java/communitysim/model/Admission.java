package communitysim.model;

import communitysim.scenario.Scenario;
import ec.util.MersenneTwisterFast;

import java.util.function.DoubleSupplier;

/**
 * Admission (source 001): who of the prospects that turn up becomes a member, and with what. A
 * candidate's fit is drawn from the prospects' Beta; below {@code fitThreshold} it is turned away;
 * then it pays the entry fee (the early-bird fee for the first members or days) with probability
 * {@code exp(-fee / (feeScale * fit))}, so a fee keeps out the ill-fitting first. A newcomer starts
 * with an engagement drawn around {@code newMember.engagement}, belonging raised by having paid,
 * and the onboarding ritual's gains on both.
 */
final class Admission {
    /** A candidate who passed admission, with its starting state. */
    record Newcomer(float engagement, float belonging, float fit, boolean feePaid) {}

    private Scenario scenario;
    private final MersenneTwisterFast random;
    private DoubleSupplier prospectFit;
    private DoubleSupplier newcomerEngagement;
    private int admitted;

    Admission(Scenario scenario, MersenneTwisterFast random) {
        this.scenario = scenario;
        this.random = random;
        this.prospectFit = Sampling.beta(scenario.prospects().fitAlpha(), scenario.prospects().fitBeta(), random);
        this.newcomerEngagement = Sampling.betaByMean(scenario.newMember().engagement(),
                scenario.newMember().engagementConcentration(), random);
    }

    /** The knobs changed mid-run; the early-bird count goes on. */
    void reconfigure(Scenario next) {
        this.scenario = next;
        this.prospectFit = Sampling.beta(next.prospects().fitAlpha(), next.prospects().fitBeta(), random);
        this.newcomerEngagement = Sampling.betaByMean(next.newMember().engagement(), next.newMember().engagementConcentration(), random);
    }

    /** A prospect's fit, for members who join without admission (founders, a city tour's core nodes). */
    float fit() {
        return (float) prospectFit.getAsDouble();
    }

    /** A candidate on {@code day} faces admission: its starting state if it joins, else null. */
    Newcomer admit(int day) {
        Scenario.Admission a = scenario.admission();
        double fit = prospectFit.getAsDouble();
        if (fit < a.fitThreshold()) return null;
        Scenario.EarlyBird early = a.earlyBird();
        double price = admitted < early.members() || day <= early.days() ? early.fee() : a.entryFee();
        boolean fee = price > 0;
        if (fee && random.nextDouble() >= Math.exp(-price / (a.feeScale() * fit))) return null;
        Scenario.NewMember n = scenario.newMember();
        double engagement = newcomerEngagement.getAsDouble();
        double belonging = n.belonging() + (fee ? n.feeBelonging() : 0);
        // the onboarding ritual: accepting the rules builds early belonging (source 001)
        engagement += a.onboardingEngagement() * (1 - engagement);
        belonging += a.onboardingBelonging() * (1 - belonging);
        admitted++;
        return new Newcomer((float) engagement, (float) Math.min(1, belonging), (float) fit, fee);
    }

    /** Counts a newcomer who joined outside admission (a core node), for the early-bird window. */
    void countOutsideJoin() {
        admitted++;
    }
}
