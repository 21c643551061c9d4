package vn.tongket.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tongket.support.Api.ORGANIZER;
import static vn.tongket.support.Api.as;

/** Vietnamese goes into the database and comes back unchanged, in NFC, in utf8mb4. */
@QuarkusTest
class VietnameseTextTest {

    static final String NAME = "Nguyễn Thị Ánh Tuyết – Phường Đồng Xuân, Quảng Ngãi 🇻🇳";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void vietnameseRoundTripsThroughTheDatabaseUnchanged() throws Exception {
        long conferenceId = Api.createConference("Hội nghị tiếng Việt: ắ ặ ẵ ề ể ễ ố ồ ộ ớ ờ ợ ử ữ ự ỳ ỵ Đ đ", false);
        long id = Api.addDelegate(conferenceId, NAME, "tuyet@example.vn", "GUEST", 10);
        as(ORGANIZER).get("/api/conferences/" + conferenceId + "/delegates/" + id).then()
                .body("fullName", equalTo(NAME));
        as(ORGANIZER).get("/api/conferences/" + conferenceId).then()
                .body("title", equalTo("Hội nghị tiếng Việt: ắ ặ ẵ ề ể ễ ố ồ ộ ớ ờ ợ ử ữ ự ỳ ỵ Đ đ"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT full_name, HEX(full_name) FROM delegate WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(NAME, rs.getString(1));
                assertTrue(rs.getString(2).contains("F09F87BB"), "4-byte UTF-8 (flag emoji) stored intact: utf8mb4");
            }
        }
    }

    @Test
    void decomposedInputIsStoredInNfc() {
        String nfd = Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD);
        long conferenceId = Api.createConference("Hội nghị NFC", false);
        long id = as(ORGANIZER).body("{\"fullName\": \"" + nfd + "\", \"category\": \"GUEST\"}")
                .post("/api/conferences/" + conferenceId + "/delegates").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String stored = as(ORGANIZER).get("/api/conferences/" + conferenceId + "/delegates/" + id)
                .then().extract().jsonPath().getString("fullName");
        assertEquals("Trần Văn Đức", stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
    }

    @Test
    void tablesAreUtf8mb4() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE() "
                             + "AND table_name <> 'flyway_schema_history'");
             ResultSet rs = ps.executeQuery()) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
            }
            assertTrue(tables >= 6);
        }
    }
}
