package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CameoTest {

    private static final Cameo CAMEO = Cameo.builtIn();
    private static final String HEADER = "code\tname\tgoldstein\tquad\tplover\tmode\tsymmetric\n";

    @Test
    void everyRootIsPresentWithItsTwoDigitCode() {
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            assertThat(CAMEO.get(code).code()).isEqualTo(code);
            assertThat(CAMEO.get(code).quad()).isEqualTo(QuadClass.ofRoot(root).number());
        }
        assertThat(CAMEO.get("04").name()).isEqualTo("CONSULT");
        assertThat(CAMEO.get("19").name()).isEqualTo("FIGHT");
    }

    @Test
    void tableHoldsEveryCodebookCodeInOrder() {
        assertThat(CAMEO.all()).hasSize(316);
        assertThat(CAMEO.all().get(0).code()).isEqualTo("01");
        assertThat(CAMEO.all().get(CAMEO.all().size() - 1).code()).isEqualTo("2042");
        assertThat(CAMEO.all().stream().filter(c -> c.code().length() == 2)).hasSize(20);
    }

    @Test
    void hostAVisitKeepsItsLeadingZero() {
        // The reference Goldstein table gives 043 a score of 3.0 (GDELT's copy has 2.8).
        CameoCode host = CAMEO.get("043");
        assertThat(host).isEqualTo(new CameoCode("043", "Host a visit", 3.0, 1, PloverType.CONSULT, "visit", false));
        assertThat(host.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(CAMEO.find("43")).isEmpty();
    }

    @Test
    void conventionalForceIsMaterialConflictAndAssault() {
        CameoCode force = CAMEO.get("190");
        assertThat(force.quad()).isEqualTo(4);
        assertThat(force.plover()).isEqualTo(PloverType.ASSAULT);
        assertThat(force.goldstein()).isEqualTo(-8.0);
    }

    @Test
    void rejectIsReject() {
        assertThat(CAMEO.get("120").plover()).isEqualTo(PloverType.REJECT);
        assertThat(CAMEO.get("120").quad()).isEqualTo(3);
    }

    @Test
    void publishedMappingIsFollowed() {
        assertThat(CAMEO.get("0871").plover()).isEqualTo(PloverType.RETREAT);
        assertThat(CAMEO.get("0871").mode()).isEqualTo("ceasefire");
        assertThat(CAMEO.get("083").plover()).isEqualTo(PloverType.CONCEDE);
        assertThat(CAMEO.get("091").plover()).isEqualTo(PloverType.ACCUSE);
        assertThat(CAMEO.get("183").mode()).isEqualTo("suicide-attack");
        assertThat(CAMEO.get("030").mode()).isEmpty();
    }

    @Test
    void theManualWinsWhereTheTableContradictsIt() {
        // The manual codes international sanctions as SANCTION 'discontinue'; the table had COERCE.
        assertThat(CAMEO.get("163").plover()).isEqualTo(PloverType.SANCTION);
        assertThat(CAMEO.get("163").mode()).isEqualTo("discontinue");
    }

    @Test
    void codesOutsideTheMappingGetTheClosestType() {
        assertThat(CAMEO.get("016").plover()).isEqualTo(PloverType.REJECT);
        assertThat(CAMEO.get("015").plover()).isEqualTo(PloverType.AGREE);
        assertThat(CAMEO.get("0253").plover()).isEqualTo(PloverType.REQUEST);
        assertThat(CAMEO.get("0253").mode()).isEqualTo("yield");
        assertThat(CAMEO.get("176").plover()).isEqualTo(PloverType.COERCE);
    }

    @Test
    void demandCodesFollowTheCodebook() {
        assertThat(CAMEO.get("106").name()).isEqualTo("Demand meeting, negotiation");
        assertThat(CAMEO.get("1056").name()).isEqualTo("Demand de-escalation of military engagement");
        assertThat(CAMEO.get("105").name()).isEqualTo("Demand that target yields, not specified below");
    }

    @Test
    void everyPloverTypeIsTheTypeOfSomeCode() {
        Set<PloverType> used = CAMEO.all().stream().map(CameoCode::plover)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PloverType.class)));
        assertThat(used).containsExactlyInAnyOrder(PloverType.values());
    }

    @Test
    void everyLongerCodeHasItsRootAndParent() {
        for (CameoCode c : CAMEO.all()) {
            assertThat(CAMEO.find(c.root())).as("root of %s", c.code()).isPresent();
            assertThat(CAMEO.find(c.parent())).as("parent of %s", c.code()).isPresent();
            assertThat(c.quad()).as("quad of %s", c.code()).isEqualTo(CAMEO.get(c.root()).quad());
        }
    }

    @Test
    void rootOfTakesTheFirstTwoDigits() {
        assertThat(CAMEO.rootOf("0871")).isEqualTo("08");
        assertThat(CAMEO.rootOf("19")).isEqualTo("19");
        assertThatThrownBy(() -> CAMEO.rootOf("871"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"871\"");
    }

    @Test
    void unknownCodesAreEmptyOrRefusedByName() {
        assertThat(CAMEO.find("999")).isEmpty();
        assertThatThrownBy(() -> CAMEO.get("999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> CAMEO.get("abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"abc\"")
                .hasMessageContaining("2 to 4 digits");
    }

    @Test
    void symmetricCodesAreTheMutualOnes() {
        assertThat(CAMEO.isSymmetric("040")).isTrue();
        assertThat(CAMEO.isSymmetric("042")).isFalse();
        assertThat(CAMEO.isSymmetric("043")).isFalse();
        assertThat(CAMEO.all().stream().filter(CameoCode::symmetric).map(CameoCode::code))
                .containsExactly("019", "04", "040", "041", "044", "046", "050", "057", "06", "060", "061", "062");
        assertThatThrownBy(() -> CAMEO.isSymmetric("999")).hasMessageContaining("999");
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        Cameo small = Cameo.read(new StringReader("# a comment\n\n" + HEADER
                + "04\tCONSULT\t3.0\t1\tCONSULT\t\ty\n"
                + "# another\n"
                + "043\tHost a visit\t3.0\t1\tCONSULT\tvisit\t\n"), "small.tsv");
        assertThat(small.all()).extracting(CameoCode::code).containsExactly("04", "043");
        assertThat(small.isSymmetric("04")).isTrue();
    }

    @Test
    void badLinesAreReportedWithSourceLineAndFault() {
        assertBad("04\tCONSULT\t3.0\t1\tCONSULT\n", "bad.tsv:2: expected 7 tab-separated fields, found 5");
        assertBad("04\tCONSULT\t3.0\t2\tCONSULT\t\t\n", "bad.tsv:2: quad of 04 must be 1 (root 04), not \"2\"");
        assertBad("04\tCONSULT\t3.0\t1\tMEET\t\t\n", "bad.tsv:2: \"MEET\" is not a PLOVER type (code 04)");
        assertBad("04\tCONSULT\thigh\t1\tCONSULT\t\t\n", "bad.tsv:2: Goldstein score of 04 is not a number: \"high\"");
        assertBad("04\tCONSULT\t11\t1\tCONSULT\t\t\n", "bad.tsv:2: Goldstein score of 04 outside -10..10: 11");
        assertBad("4\tCONSULT\t3.0\t1\tCONSULT\t\t\n", "bad.tsv:2: code must be 2 to 4 digits, not \"4\"");
        assertBad("21\tMORE\t3.0\t4\tASSAULT\t\t\n", "bad.tsv:2: code 21 has root 21, not 01 to 20");
        assertBad("04\tCONSULT\t3.0\t1\tCONSULT\t\tyes\n", "bad.tsv:2: symmetric must be y or empty, not \"yes\" (code 04)");
        assertBad("04\tCONSULT\t3.0\t1\tCONSULT\t\t\n04\tCONSULT\t3.0\t1\tCONSULT\t\t\n",
                "bad.tsv:3: duplicate code 04, first on line 2");
        assertBad("04\tCONSULT\t3.0\t1\tCONSULT\t\t\n0431\tHost\t3.0\t1\tCONSULT\t\t\n",
                "bad.tsv:3: code 0431 has no parent 043 in the table");
    }

    @Test
    void aWrongHeaderIsReported() {
        assertThatThrownBy(() -> Cameo.read(new StringReader("code\tname\n"), "bad.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("bad.tsv:1: header must be code<TAB>name<TAB>goldstein");
    }

    private static void assertBad(String rows, String message) {
        assertThatThrownBy(() -> Cameo.read(new StringReader(HEADER + rows), "bad.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }
}
