package communitysim.scenario;

import java.util.List;

/**
 * A resolved scenario: every knob present (defaults filled from {@code scenarios/scenario.schema.json},
 * which is the one place defaults and their reasons live), validated, immutable.
 *
 * <p>Record component names are the scenario file's keys, so the dotted path of a knob in a file,
 * in {@code --set} and in {@code --vary} is the path of accessors here:
 * {@code activation.neighbours} is {@code scenario.activation().neighbours()}.
 */
public record Scenario(
        String name,
        String description,
        int days,
        String startDate,
        int replicates,
        long seed,
        Pool pool,
        Initial initial,
        Prospects prospects,
        Recruitment recruitment,
        Admission admission,
        Network network,
        NewMember newMember,
        Activation activation,
        Interaction interaction,
        Stages stages,
        Roles roles,
        Churn churn,
        Commitment commitment,
        Leaders leaders,
        Groups groups,
        Governance governance,
        Operations operations,
        Elimination elimination,
        Rewards rewards,
        Metrics metrics,
        List<Intervention> interventions) {

    public Scenario {
        if (startDate != null && startDate.isEmpty()) startDate = null;
        interventions = interventions == null ? List.of() : List.copyOf(interventions); // absent: none
    }

    /**
     * A change of knobs at the start of {@code day} (the file's {@code at}, resolved to a day), moved
     * there over {@code ramp} days for number knobs. {@link Timeline} turns a scenario's
     * interventions into the scenario in force on each day.
     *
     * @param set knob paths as written for {@code --set} and their new values, in the file's order
     */
    public record Intervention(int day, int ramp, String label, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> set) {
        public Intervention {
            set = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        }

        /** The day from which every knob has its new value. */
        public int lastDay() {
            return day + Math.max(ramp, 1) - 1;
        }
    }

    /** The calendar date of {@code day}, or null when the scenario sets no {@code startDate}. */
    public java.time.LocalDate dateOf(int day) {
        return startDate == null ? null : java.time.LocalDate.parse(startDate).plusDays(day);
    }

    public record Pool(long size, double growthPerDay) {}

    public record Initial(int members, double engagement, double belonging) {}

    public record Prospects(double fitAlpha, double fitBeta) {}

    public record Recruitment(External external, Referral referral) {}

    public enum RateUnit { perProspect, perDay }

    public record External(RateUnit unit, double rate, double growth, List<Step> steps, List<Campaign> campaigns) {
        public External {
            steps = List.copyOf(steps);
            campaigns = List.copyOf(campaigns);
        }

        /** The external rate in force on {@code day}: the last step started by then (or the base rate), grown by {@code growth} a year, plus running campaigns. */
        public double rateOn(int day) {
            double r = rate;
            int latest = -1;
            for (Step s : steps) {
                if (s.fromDay() <= day && s.fromDay() >= latest) {
                    latest = s.fromDay();
                    r = s.rate();
                }
            }
            if (growth != 0) r *= Math.exp(growth * day / 365.0);
            for (Campaign c : campaigns) {
                if (day >= c.startDay() && day < c.startDay() + c.days()) r += c.extraRate();
            }
            return r;
        }
    }

    public record Step(int fromDay, double rate) {}

    public record Campaign(int startDay, int days, double extraRate) {}

    public record Referral(double rate, double engagementExponent) {}

    public record Admission(double entryFee, double feeScale, double fitThreshold, double onboardingBelonging,
                            double onboardingEngagement, EarlyBird earlyBird) {}

    public record EarlyBird(int members, int days, double fee) {}

    public enum Cadence { none, daily, weekly, monthly }

    public enum EventType { meetup, article, tempGroup, cityTour }

    public enum Action { join, refer, create, hold }

    public record Content(Cadence cadence, double pull, double engagementGain, double attraction, double costPerPiece) {
        /** Whether official content goes out on {@code day} (weekly on days 1, 8, ...; monthly on days 1, 31, ...). */
        public boolean on(int day) {
            return switch (cadence) {
                case none -> false;
                case daily -> true;
                case weekly -> (day - 1) % 7 == 0;
                case monthly -> (day - 1) % 30 == 0;
            };
        }
    }

    public record Call(Action action, double rate) {}

    public record Event(EventType type, int day, int every, int reach, int duration, double pull, double engagementGain,
                        double belongingGain, int cities, int nodesPerCity, double cost, List<Call> calls) {
        public Event {
            calls = List.copyOf(calls);
        }

        public boolean on(int d) {
            return d == day || every > 0 && d > day && (d - day) % every == 0;
        }
    }

    public record Operations(Content content, List<Event> events, double teamCostPerDay) {
        public Operations {
            events = List.copyOf(events);
        }
    }

    public record Elimination(boolean enabled, int inactiveDays, int everyDays) {}

    public enum Mixing { graph, complete }

    public record Network(Mixing mixing, int edgesPerJoin, double triadicClosure, boolean linkReferrer, int maxDegree) {}

    public record NewMember(double engagement, double engagementConcentration, double belonging, double feeBelonging, double arrivalContent) {}

    public record Activation(double base, double engagement, double belonging, double fit, double neighbours,
                             double fatigue, double fatigueGain, double fatigueRecovery) {}

    public record Interaction(double probability, double completeMixingContacts, double engagementGain,
                              double activeGain, double engagementDecay, double belongingGain, double belongingDecay) {}

    public record Stages(double positive, double firm, double elevated) {}

    public record RoleBehaviour(double minEngagement, double content, double interaction, double referral) {}

    public record Roles(int inactiveAfterDays, double upRate, double downRate, double neighbourInfluence, double piecesPerDay,
                        double propensitySd, double advantage, double discouragement,
                        RoleBehaviour onlooker, RoleBehaviour participant, RoleBehaviour collector,
                        RoleBehaviour commenter, RoleBehaviour creator) {}

    public record Churn(boolean enabled, double base, double engagement, double belonging, double fit, double feeFactor) {}

    /** Classes of newcomers by how long they stay and how often they come (see the schema). */
    public record Commitment(List<CommitmentClass> classes) {
        public Commitment {
            classes = List.copyOf(classes);
        }
    }

    public record CommitmentClass(String name, double share, double churn, double activation) {}

    public record Leaders(int seedCount, double targetShare, int promoteEvery, double influence, double saturation,
                          int deepTies, double content) {}

    public record Groups(boolean enabled, int classSize, int membersPerLeader, int leaderReviewEvery, int splitSize, int minCoreToSplit,
                         int minLeadersToSplit, double coreEngagement, double operations, double leaderOperations,
                         double vitalityGain, double decay, double recall, double deathVitality, double vitalityWeight,
                         double reassignShare, double topicRate, int topicMinSize, double topicShare,
                         double ownGroupLinks) {}

    public record Governance(double ratio, List<RatioStep> ratioSchedule, double needsPerActive, double centralCapacity,
                             double leaderCapacity, double leaderCompetence, double selfHelp, double connectorLoad,
                             double connectorCapacity, double fragmentation, double unmetEngagement, double unmetChurn) {
        public Governance {
            ratioSchedule = List.copyOf(ratioSchedule);
        }

        /** The centralisation ratio on {@code day}: the last step started by then, else {@code ratio}. */
        public double ratioOn(int day) {
            double r = ratio;
            int latest = -1;
            for (RatioStep step : ratioSchedule) {
                if (step.fromDay() <= day && step.fromDay() >= latest) {
                    latest = step.fromDay();
                    r = step.ratio();
                }
            }
            return r;
        }
    }

    public record RatioStep(int fromDay, double ratio) {}

    public enum EmissionShape { linear, halving, table }

    public enum Unspent { rollover, burn }

    public enum Distributor { central, nodes }

    public enum Pricing { fixed, share }

    public record Rewards(boolean enabled, double totalSupply, double communityShare, int emissionDays,
                          EmissionShape schedule, int halvingDays, List<EmissionRow> table, Unspent unspent,
                          double partnerShare, double coreNodeShare, Distributor distributor, Pricing pricing,
                          double unitPrice, List<TaskLevel> levels, double sensitivity, double rewardScale,
                          double price, List<PricePoint> priceSeries, double traderShare, double sellShare) {
        public Rewards {
            table = List.copyOf(table);
            levels = List.copyOf(levels);
            priceSeries = List.copyOf(priceSeries);
        }

        /** The token price on {@code day}: the last price point started by then, else {@code price}. */
        public double priceOn(int day) {
            double p = price;
            int latest = -1;
            for (PricePoint point : priceSeries) {
                if (point.fromDay() <= day && point.fromDay() >= latest) {
                    latest = point.fromDay();
                    p = point.value();
                }
            }
            return p;
        }
    }

    public record EmissionRow(int fromDay, double amount) {}

    public record TaskLevel(double minEngagement, double weight) {}

    public record PricePoint(int fromDay, double value) {}

    public record Metrics(int distributionEvery, int retentionWeeks, int lorenzPoints) {
        /** Whether the distribution metrics (inequality of tokens and content) are read on {@code day}: the first day, then every {@code distributionEvery}. */
        public boolean distributionDay(int day) {
            return (day - 1) % distributionEvery == 0;
        }
    }
}
