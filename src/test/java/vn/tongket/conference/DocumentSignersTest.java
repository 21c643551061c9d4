package vn.tongket.conference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The issuer printed where its words break, a military issuer under its parent body, the signers' defaults. */
class DocumentSignersTest {

    private static Conference issuedBy(String issuer) {
        Conference c = new Conference();
        c.issuer = issuer;
        return c;
    }

    @Test
    void theIssuerBreaksBetweenTheBodyAndItsPlace() {
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH BẮC GIANG"), LetterSettings.issuerLines("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"));
        assertEquals(List.of("BỘ CHỈ HUY QUÂN SỰ", "TỈNH BẮC GIANG"),
                LetterSettings.issuerLines("Bộ Chỉ huy Quân sự  tỉnh Bắc Giang"));
        assertEquals(List.of("UBND TỈNH BẮC GIANG"), LetterSettings.issuerLines("UBND TỈNH BẮC GIANG"));
    }

    @Test
    void aMilitaryIssuerCarriesItsParentBodyLine() {
        DocumentSigners military = DocumentSigners.of(issuedBy("BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG"));
        assertEquals(List.of("UBND TỈNH BẮC GIANG"), military.letter().parentLines());
        DocumentSigners committee = DocumentSigners.of(issuedBy("ỦY BAN NHÂN DÂN TỈNH BẮC GIANG"));
        assertEquals(List.of(), committee.letter().parentLines());
        assertEquals("BỘ CHỈ HUY QUÂN SỰ TỈNH BẮC GIANG", committee.command().name());
        assertEquals(List.of("UBND TỈNH BẮC GIANG"), committee.command().parentLines());
        assertEquals("CHỈ HUY TRƯỞNG", committee.commandSigner().title());
        assertEquals(List.of("PHÓ CHỦ TỊCH"), committee.decision().titleLines());
    }
}
