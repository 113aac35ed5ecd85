package communitysim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferralWeightsTest {
    /**
     * Over three chunks, with members of weight 0 (inactive or leaving) among them, a grid of
     * draws over [0, total) lands on each member in proportion to its weight, to within one grid
     * step, and never on a member of weight 0.
     */
    @Test
    void picksInProportionToWeight() {
        int n = 2 * MemberPhase.CHUNK + 500;
        double[] weight = new double[n];
        ReferralWeights weights = new ReferralWeights();
        weights.reset(n);
        double total = 0;
        for (int c = 0; c * MemberPhase.CHUNK < n; c++) {
            double sum = 0;
            for (int k = c * MemberPhase.CHUNK; k < Math.min(n, (c + 1) * MemberPhase.CHUNK); k++) {
                weight[k] = k % 3 == 0 ? 0 : 1 + k % 7; // member id 10k at position k
                sum += weight[k];
                weights.record(k, 10 * k, sum);
            }
            weights.closeChunk(c, sum, Math.min(n, (c + 1) * MemberPhase.CHUNK) - c * MemberPhase.CHUNK);
            total += sum;
        }
        assertEquals(total, weights.total(), 1e-9);
        int draws = 10_000_000;
        int[] hits = new int[n];
        for (int i = 0; i < draws; i++) hits[weights.pick((i + 0.5) / draws * total) / 10]++;
        for (int k = 0; k < n; k++) {
            assertEquals(weight[k] / total * draws, hits[k], 1.0001, "position " + k);
        }
    }

    /** A draw that rounding carries to the very end of the weights lands on the last weighted member. */
    @Test
    void drawsPastTheEndFallBackToTheLastWeightedMember() {
        ReferralWeights weights = new ReferralWeights();
        weights.reset(MemberPhase.CHUNK + 3);
        weights.record(0, 100, 0);
        weights.record(1, 101, 2.5);
        for (int k = 2; k < MemberPhase.CHUNK; k++) weights.record(k, 100 + k, 2.5); // weight 0: inactive or left
        weights.closeChunk(0, 2.5, MemberPhase.CHUNK);
        for (int k = MemberPhase.CHUNK; k < MemberPhase.CHUNK + 3; k++) weights.record(k, 200 + k, 0);
        weights.closeChunk(1, 0, 3); // a chunk of leavers and inactive members
        assertEquals(101, weights.pick(2.5));
        assertEquals(101, weights.pick(Math.nextUp(2.5)));
        assertEquals(101, weights.pick(0));
    }

    /** A chunk that lists only its weighted members draws as one that lists everyone. */
    @Test
    void aChunkListingOnlyItsWeightedMembersDrawsTheSame() {
        ReferralWeights all = new ReferralWeights();
        ReferralWeights weighted = new ReferralWeights();
        int n = MemberPhase.CHUNK + 100;
        all.reset(n);
        weighted.reset(n);
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            int entries = c * MemberPhase.CHUNK;
            int end = Math.min(n, (c + 1) * MemberPhase.CHUNK);
            for (int k = c * MemberPhase.CHUNK; k < end; k++) {
                double w = k % 4 == 1 ? 0.5 + k % 3 : 0;
                sum += w;
                all.record(k, k, sum);
                if (w > 0) weighted.record(entries++, k, sum);
            }
            all.closeChunk(c, sum, end - c * MemberPhase.CHUNK);
            weighted.closeChunk(c, sum, entries - c * MemberPhase.CHUNK);
        }
        assertEquals(all.total(), weighted.total());
        for (int i = 0; i <= 100_000; i++) {
            double u = i / 100_000.0 * all.total(); // the last one lies past the end: the fallback
            assertEquals(all.pick(u), weighted.pick(u), "u = " + u);
        }
    }

    @Test
    void nothingRecordedMeansNoWeight() {
        assertEquals(0, new ReferralWeights().total());
    }
}
