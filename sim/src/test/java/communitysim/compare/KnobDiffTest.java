package communitysim.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KnobDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    @Test
    void reportsOnlyTheNestedPathsThatDiffer() throws Exception {
        JsonNode a = tree("{'name': 'a', 'description': 'x', 'days': 365, 'churn': {'base': 0.08, 'fit': 1},"
                + " 'recruitment': {'referral': {'rate': 0.03, 'engagementExponent': 1}}}");
        JsonNode b = tree("{'name': 'b', 'description': 'y', 'days': 365, 'churn': {'base': 0.08, 'fit': 1},"
                + " 'recruitment': {'referral': {'rate': 0.09, 'engagementExponent': 1}}}");
        assertEquals(List.of(new KnobDifference("recruitment.referral.rate", List.of("0.03", "0.09"))),
                KnobDiff.of(List.of(a, b)));
    }

    @Test
    void listsOfEqualLengthDifferItemByItem() throws Exception {
        JsonNode a = tree("{'steps': [{'fromDay': 0, 'rate': 1}, {'fromDay': 90, 'rate': 2}]}");
        JsonNode b = tree("{'steps': [{'fromDay': 0, 'rate': 1}, {'fromDay': 120, 'rate': 2}]}");
        assertEquals(List.of(new KnobDifference("steps[1].fromDay", List.of("90", "120"))), KnobDiff.of(List.of(a, b)));
    }

    @Test
    void listsOfDifferentLengthAreShownWhole() throws Exception {
        JsonNode a = tree("{'campaigns': []}");
        JsonNode b = tree("{'campaigns': [{'startDay': 90, 'days': 14, 'extraRate': 0.0002}]}");
        assertEquals(List.of(new KnobDifference("campaigns", List.of("[]", "[{startDay: 90, days: 14, extraRate: 0.0002}]"))),
                KnobDiff.of(List.of(a, b)));
    }

    @Test
    void numbersCompareByValueAndPrintPlain() throws Exception {
        JsonNode a = tree("{'x': 1, 'y': 0.00005}");
        JsonNode b = tree("{'x': 1.0, 'y': 5e-5}");
        assertEquals(List.of(), KnobDiff.of(List.of(a, b)));
        assertEquals("0.00005", KnobDiff.text(tree("{'y': 5e-5}").get("y")));
    }

    @Test
    void threeScenariosAndAKeyOnlySomeHave() throws Exception {
        JsonNode a = tree("{'mode': 'graph', 'k': true}");
        JsonNode b = tree("{'mode': 'graph', 'k': true}");
        JsonNode c = tree("{'mode': 'complete', 'k': true, 'extra': 3}");
        assertEquals(List.of(new KnobDifference("mode", List.of("graph", "graph", "complete")),
                        new KnobDifference("extra", List.of(KnobDiff.ABSENT, KnobDiff.ABSENT, "3"))),
                KnobDiff.of(List.of(a, b, c)));
    }

    @Test
    void identicalTreesHaveNoDifference() throws Exception {
        JsonNode a = tree("{'name': 'a', 'pool': {'size': 100000}, 'list': [1, 2, 3]}");
        assertEquals(List.of(), KnobDiff.of(List.of(a, a.deepCopy())));
    }
}
