package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static bench.Bench.*;
import static bench.Http.*;

/** Databases and data sets on the external MariaDB server, written with SQL (set-up is not measured), and request bodies. */
final class DataSet {

    static long createConference(App a, String title) {
        int year = java.time.LocalDate.now().getYear() + 1;
        String body = "{\"title\":\"" + title + "\",\"reviewYear\":" + (year - 1) + ",\"startsAt\":\"" + year
                + "-12-08T07:30:00\",\"endsAt\":\"" + year + "-12-08T11:30:00\",\"venue\":{\"name\":\"Hội trường Bộ CHQS tỉnh\","
                + "\"address\":\"Số 1 đường Hoàng Văn Thụ, thành phố Bắc Giang\"},\"issuer\":\"Bộ Chỉ huy quân sự tỉnh Bắc Giang\","
                + "\"place\":\"Bắc Giang\"}";
        return a.ok("POST", "/api/conferences", "bochqs", body).json().get("id").asLong();
    }

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] GIVEN = {"Văn Hùng", "Thị Hương", "Đức Thắng", "Minh Tuấn", "Quốc Việt", "Thị Lụa", "Hữu Nghĩa"};

    /**
     * Adds n delegates (email d{i}@bench.test) straight into the database: set-up is not what is measured, and 5,000
     * API calls would only make the runs longer.
     */
    static void addDelegates(App a, long conf, int n) throws Exception {
        try (Connection c = connect(a.db)) {
            organizations(c);
            var ps = c.prepareStatement("INSERT INTO delegate (conference_id, full_name, position, organization_id, email, "
                    + "category, precedence, version) SELECT ?, ?, ?, id, ?, ?, ?, 0 FROM organization WHERE name = ?");
            for (int i = 0; i < n; i++) {
                ps.setLong(1, conf);
                ps.setString(2, FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + (i + 1));
                ps.setString(3, i % 3 == 0 ? "Chỉ huy trưởng Ban CHQS xã" : "Chủ tịch UBND xã");
                ps.setString(4, "d" + i + "@bench.test");
                ps.setString(5, i % 10 == 0 ? "GUEST" : "PARTICIPANT");
                ps.setInt(6, i + 1);
                ps.setString(7, organization(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds n DRAFT nominations (half collectives unless individualsOnly) straight into the database, then sets the first ones' states. */
    static void addNominations(App a, long conf, int n, int submitted, int approved, boolean individualsOnly) throws Exception {
        try (Connection c = connect(a.db)) {
            organizations(c);
            var ps = c.prepareStatement("INSERT INTO nomination (conference_id, kind, nominee_name, position, organization_id, "
                    + "grassroots, achievements, proposing_unit, status, created_at, version) "
                    + "SELECT ?, ?, ?, ?, id, ?, ?, 'Bộ CHQS tỉnh', ?, NOW(6), 0 FROM organization WHERE name = ?");
            for (int i = 0; i < n; i++) {
                boolean collective = !individualsOnly && i % 2 == 0;
                ps.setLong(1, conf);
                ps.setString(2, collective ? "COLLECTIVE" : "INDIVIDUAL");
                ps.setString(3, collective ? "Ban CHQS xã Tân Mỹ số " + (i + 1) : FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + (i + 1));
                ps.setString(4, collective ? null : "Chỉ huy trưởng Ban CHQS xã");
                ps.setBoolean(5, i % 3 != 0);
                ps.setString(6, "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương; huấn luyện dân quân đạt loại giỏi.");
                ps.setString(7, i < approved ? "APPROVED" : i < submitted ? "SUBMITTED" : "DRAFT");
                ps.setString(8, organization(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String organization(int i) {
        return "Xã Tân Mỹ số " + (i % 200 + 1);
    }

    static void organizations(Connection c) throws Exception {
        var ps = c.prepareStatement("INSERT IGNORE INTO organization (name, level, grassroots, precedence) VALUES (?, 'COMMUNE', TRUE, ?)");
        for (int i = 0; i < 200; i++) {
            ps.setString(1, organization(i));
            ps.setInt(2, 1000 + i);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    static Connection connect(String db) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + DB_PORT + "/" + (db == null ? "" : db)
                + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&rewriteBatchedStatements=true", "root", "");
    }

    static Set<String> recipients(int n) {
        Set<String> all = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            all.add("d" + i + "@bench.test");
        }
        return all;
    }

    static String nomination(String kind, int i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind);
        n.put("nomineeName", kind.equals("COLLECTIVE") ? "Ban CHQS xã Tân Mỹ số " + (i + 1)
                : FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + (i + 1));
        n.put("position", kind.equals("COLLECTIVE") ? null : "Chỉ huy trưởng Ban CHQS xã");
        n.put("organization", "Xã Tân Mỹ số " + (i % 200 + 1));
        n.put("grassroots", i % 3 != 0);
        n.put("achievements", "Hoàn thành xuất sắc nhiệm vụ quốc phòng địa phương năm; huấn luyện dân quân đạt loại giỏi.");
        return n.toString();
    }

    static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    static String freshDatabase(String name) throws Exception {
        try (Connection c = connect(null)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            c.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return name;
    }
}
