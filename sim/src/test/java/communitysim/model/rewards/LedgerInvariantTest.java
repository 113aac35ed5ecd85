package communitysim.model.rewards;

import communitysim.model.CommunityModel;
import communitysim.model.Members;
import communitysim.scenario.Scenario;
import communitysim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger checked every day over 200 seeded random scenarios (schedules, pricing, unspent rule,
 * shares, supplies from 1 token to 1e12, core nodes): nothing paid beyond emission or the budget,
 * every base unit accounted for, balances exactly what was paid less what was sold, none negative.
 */
class LedgerInvariantTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    static List<String> randomKnobs(long seed) {
        Random r = new Random(seed);
        List<String> sets = new ArrayList<>();
        int members = 20 + r.nextInt(300);
        sets.add("initial.members=" + members);
        sets.add("pool.size=" + (members + r.nextInt(3000)));
        sets.add("days=" + (20 + r.nextInt(100)));
        sets.add("network.mixing=" + (r.nextBoolean() ? "graph" : "complete"));
        sets.add("recruitment.external.rate=" + r.nextDouble() * 0.002);
        sets.add("recruitment.referral.rate=" + r.nextDouble() * 0.05);
        sets.add("activation.base=" + (-5 + 6 * r.nextDouble()));
        sets.add("churn.enabled=true");
        sets.add("churn.base=" + r.nextDouble() * 0.1);
        sets.add("rewards.enabled=true");
        double[] supplies = {1, 1000, 1e6, 1e9, 1e12};
        sets.add("rewards.totalSupply=" + supplies[r.nextInt(supplies.length)] * (0.5 + 0.5 * r.nextDouble()));
        sets.add("rewards.communityShare=" + r.nextDouble());
        sets.add("rewards.emissionDays=" + (1 + r.nextInt(150)));
        sets.add("rewards.schedule=" + List.of("linear", "halving", "table").get(r.nextInt(3)));
        sets.add("rewards.halvingDays=" + (1 + r.nextInt(60)));
        sets.add("rewards.table=[{fromDay: 1, amount: " + r.nextDouble() * 1e6 + "}, {fromDay: " + (2 + r.nextInt(50))
                + ", amount: " + r.nextDouble() * 1e3 + "}]");
        sets.add("rewards.unspent=" + (r.nextBoolean() ? "rollover" : "burn"));
        sets.add("rewards.partnerShare=" + r.nextDouble() * 0.3);
        sets.add("rewards.coreNodeShare=" + r.nextDouble() * 0.7);
        sets.add("rewards.pricing=" + (r.nextBoolean() ? "fixed" : "share"));
        sets.add("rewards.unitPrice=" + Math.pow(10, 4 * r.nextDouble() - 1));
        sets.add("rewards.traderShare=" + r.nextDouble());
        sets.add("rewards.sellShare=" + r.nextDouble());
        sets.add("rewards.sensitivity=" + r.nextDouble() * 3);
        return sets;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ledgerHoldsEveryDay(long seed) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/scenarios/closed.yaml"), randomKnobs(seed)).scenario();
        CommunityModel model = new CommunityModel(s, seed, 1 + (int) (seed % 3));
        model.start();
        Members m = model.members;
        Random pick = new Random(seed);
        for (int k = 0; k < m.aliveCount(); k++) if (pick.nextInt(20) == 0) m.flags[m.alive[k]] |= Members.FLAG_CORE;
        TokenLedger ledger = ((TaskRewards) model.rewards).ledger;
        model.addObserver(state -> {
            String day = "seed " + seed + " day " + model.day();
            assertTrue(ledger.paid <= ledger.emitted, day + ": paid beyond emission");
            assertTrue(ledger.emitted <= ledger.budget, day + ": emitted beyond budget");
            assertTrue(ledger.balanced(), day + ": emitted != paid + partners + burned + carried");
            long sum = m.leaversBalance(); // leavers' slots may hold newcomers by now
            for (int k = 0; k < m.aliveCount(); k++) {
                int id = m.alive[k];
                assertTrue(m.balance[id] >= 0, day + ": negative balance");
                sum += m.balance[id];
            }
            assertEquals(ledger.paid - ledger.sold, sum, day + ": balances held and taken away != paid - sold");
        });
        model.runToEnd();
        model.finish();
    }
}
