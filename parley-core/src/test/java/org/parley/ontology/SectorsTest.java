package org.parley.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SectorsTest {

    private static final Sectors SECTORS = Sectors.builtIn();

    @Test
    void knowsTheCodebookSectors() {
        for (String code : "GOV MIL REB OPP PTY COP JUD SPY BUS MED EDU REL CVL LAB HLH REF IGO NGO ELI LEG AGR CRM UAF INS SEP MOD RAD MNC ENV HRI DEV IMG NGM INT UIS"
                .split(" ")) {
            assertThat(SECTORS.isSector(code)).as(code).isTrue();
        }
        assertThat(SECTORS.all()).hasSize(35);
    }

    @Test
    void namesAndKindsFollowTheCodebook() {
        assertThat(SECTORS.name("GOV")).contains("Government");
        assertThat(SECTORS.name("MED")).contains("Media");
        assertThat(SECTORS.find("MIL")).contains(new Sector("MIL", "Military", Sector.Kind.ROLE));
        assertThat(SECTORS.find("LEG").map(Sector::kind)).contains(Sector.Kind.SECONDARY);
        assertThat(SECTORS.find("RAD").map(Sector::kind)).contains(Sector.Kind.TERTIARY);
        assertThat(SECTORS.find("IGO").map(Sector::kind)).contains(Sector.Kind.ORG_TYPE);
    }

    @Test
    void otherCodesAreNotSectors() {
        assertThat(SECTORS.isSector("ISR")).isFalse();
        assertThat(SECTORS.isSector("gov")).isFalse();
        assertThat(SECTORS.name("XYZ")).isEmpty();
    }

    @Test
    void badLinesAreReportedWithSourceLineAndFault() {
        String header = "# sectors\ncode\tname\tkind\n";
        assertThatThrownBy(() -> Sectors.read(new StringReader(header + "GOV\tGovernment\tprimary\n"), "s.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("s.tsv:3: kind of GOV must be role, secondary, tertiary, org-type or religion, not \"primary\"");
        assertThatThrownBy(() -> Sectors.read(new StringReader(header + "Gov\tGovernment\trole\n"), "s.tsv"))
                .hasMessage("s.tsv:3: sector code must be three capital letters, not \"Gov\"");
        assertThatThrownBy(() -> Sectors.read(new StringReader(header + "GOV\tGovernment\n"), "s.tsv"))
                .hasMessage("s.tsv:3: expected 3 tab-separated fields, found 2");
        assertThatThrownBy(() -> Sectors.read(
                new StringReader(header + "GOV\tGovernment\trole\nGOV\tGovernment\trole\n"), "s.tsv"))
                .hasMessage("s.tsv:4: duplicate sector GOV, first on line 3");
    }
}
