package vn.tongket.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every main page of each role, read in English and in Vietnamese: no label of the other language (statuses, kinds,
 * genders, answers, categories, roles, states) and no enum name shows. Labels come from the bundles themselves, so a
 * new enum value is checked as soon as it has its two labels.
 */
@QuarkusTest
class PagesInBothLanguagesTest {

    private static final List<String> BUNDLES = List.of("msg", "nom", "inv", "prep", "mail");
    /** A bundle key of an enum label: {@code nominationStatus_DRAFT}, {@code conferenceStatus_$IN_PROGRESS}. */
    private static final Pattern ENUM_KEY = Pattern.compile("[a-zA-Z]+_\\$?([A-Z][A-Z_]*)");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    private static Map<String, Supplier<RequestSpecification>> pages;

    @BeforeEach
    void arrangeOnce() {
        if (pages != null) {
            return;
        }
        long c = Api.createConference("Hội nghị hai thứ tiếng", true);
        long guest = Api.addDelegate(c, "Nguyễn Văn Khách", "khach@example.vn", "GUEST", 1);
        Api.addDelegate(c, "Trần Thị Dự", "du@example.vn", "PARTICIPANT", 2);
        String token = Api.as(Api.ORGANIZER).post("/api/conferences/" + c + "/invitations").then()
                .extract().jsonPath().getString("find { it.delegateId == " + guest + " }.token");
        long draft = nomination(c, "INDIVIDUAL", "Phạm Văn Nháp", "\"gender\": \"MALE\", ");
        long returned = nomination(c, "INDIVIDUAL", "Lê Thị Trả", "\"gender\": \"FEMALE\", ");
        long submitted = nomination(c, "COLLECTIVE", "Ban CHQS xã Hai Ngữ", "");
        for (long id : new long[]{returned, submitted}) {
            Councils.carry(id);
            Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/submit").then().statusCode(200);
        }
        Api.as(Api.REVIEWER).body("{\"decision\": \"RETURN\", \"note\": \"Bổ sung\"}")
                .post("/api/nominations/" + returned + "/review").then().statusCode(200);

        Map<String, Supplier<RequestSpecification>> all = new LinkedHashMap<>();
        String conf = "/conferences/" + c;
        for (String path : List.of("/conferences", "/nominations", conf, conf + "/nominations",
                conf + "/nominations/" + draft, conf + "/nominations/" + returned, conf + "/nominations/" + submitted,
                conf + "/nominations/awards", conf + "/invitations", conf + "/checkin", conf + "/outbox",
                conf + "/outline", conf + "/presentations", conf + "/budget", conf + "/edit")) {
            all.put(path, () -> Api.page(Api.ORGANIZER));
        }
        all.put(conf + "/nominations/review", () -> Api.page(Api.REVIEWER));
        all.put(conf + "/nominations/decision", () -> Api.page(Api.APPROVER));
        all.put("/admin/users", () -> Api.page(Api.ADMIN));
        all.put("/admin/prize-rates", () -> Api.page(Api.ADMIN));
        all.put("/admin/legal-bases", () -> Api.page(Api.ADMIN));
        all.put(conf + "/dossier", () -> Api.page(Api.ORGANIZER));
        all.put("/awards", () -> Api.page(Api.ORGANIZER));
        all.put("/admin/eligibility-rules", () -> Api.page(Api.ADMIN));
        all.put("/rsvp/" + token, RestAssured::given);
        all.put("/login", RestAssured::given);
        pages = all;
    }

    @Test
    void englishPagesShowNoVietnameseLabels() throws IOException {
        Set<String> vietnamese = labels("vi");
        // The roles are named after their offices ("Bộ CHQS tỉnh"), which are also data (a presenter, a unit) that
        // stays as entered; the users page is checked for the English role names instead.
        vietnamese.removeAll(rolesIn("vi"));
        // Likewise "Hội trường" (the budget's hall line) begins every venue's name, which is data.
        vietnamese.remove("Hội trường");
        String users = read(pages.get("/admin/users"), "/admin/users", "en");
        for (String role : rolesIn("en")) {
            assertTrue(texts(users).contains(role), role + " in " + users);
        }
        List<String> leaks = new ArrayList<>();
        pages.forEach((path, as) -> {
            for (String text : texts(read(as, path, "en"))) {
                if (vietnamese.contains(text)) {
                    leaks.add(path + ": " + text);
                }
            }
        });
        assertEquals(List.of(), leaks);
    }

    @Test
    void vietnamesePagesShowNoEnglishLabelsNorEnumNames() throws IOException {
        Set<String> english = labels("en");
        Set<String> names = enumNames();
        List<String> leaks = new ArrayList<>();
        pages.forEach((path, as) -> {
            String page = read(as, path, "vi");
            for (String text : texts(page)) {
                if (english.contains(text) || names.contains(text) || text.contains("→")) {
                    leaks.add(path + ": " + text);
                }
            }
        });
        assertEquals(List.of(), leaks);
    }

    @Test
    void theConferenceDayIsNamedInTheReadersLanguage() {
        String conference = pages.keySet().stream().filter(p -> p.matches("/conferences/\\d+")).findFirst().orElseThrow();
        String en = read(pages.get(conference), conference, "en");
        assertTrue(en.contains("07:30 – 11:30, Friday, 08/12/2023"), en);
        String vi = read(pages.get(conference), conference, "vi");
        assertTrue(vi.contains("07:30 – 11:30, thứ Sáu, 08/12/2023"), vi);
    }

    private static long nomination(long conferenceId, String kind, String name, String extra) {
        return Api.as(Api.ORGANIZER).body("""
                {"kind": "%s", "nomineeName": "%s", %s"position": "Chỉ huy trưởng", "organization": "Xã Hai Ngữ",
                 "grassroots": true, "achievements": "Hoàn thành xuất sắc nhiệm vụ năm 2023"}
                """.formatted(kind, name, extra))
                .post("/api/conferences/" + conferenceId + "/nominations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static String read(Supplier<RequestSpecification> as, String path, String language) {
        String page = as.get().cookie(LanguageChoice.COOKIE, language).get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<html lang=\"" + language + "\">"), path + " in " + language + ": " + page);
        return page;
    }

    /** What a reader sees or hears of a page: each text between tags, and the titles, labels and placeholders. */
    private static List<String> texts(String page) {
        String visible = page.replaceAll("(?s)<script.*?</script>|<style.*?</style>", "");
        List<String> texts = new ArrayList<>();
        for (Pattern p : List.of(TEXT, ATTRIBUTE)) {
            Matcher m = p.matcher(visible);
            while (m.find()) {
                String text = unescape(m.group(1)).strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The enum labels of every bundle in one language. */
    private static Set<String> labels(String language) throws IOException {
        Set<String> labels = new TreeSet<>();
        for (String bundle : BUNDLES) {
            bundle(bundle, language).forEach((key, value) -> {
                if (ENUM_KEY.matcher((String) key).matches()) {
                    labels.add(((String) value).strip());
                }
            });
        }
        return labels;
    }

    private static Set<String> rolesIn(String language) throws IOException {
        Set<String> roles = new TreeSet<>();
        bundle("msg", language).forEach((key, value) -> {
            if (((String) key).startsWith("role_")) {
                roles.add(((String) value).strip());
            }
        });
        return roles;
    }

    /** The constants of every enum that has labels, as a leaked {@code SUBMITTED} or {@code GUEST} would read. */
    private static Set<String> enumNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (Object key : bundle(bundle, "vi").keySet()) {
                Matcher m = ENUM_KEY.matcher((String) key);
                if (m.matches()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static Properties bundle(String name, String language) throws IOException {
        Properties p = new Properties();
        String resource = "messages/" + name + "_" + language + ".properties";
        try (Reader r = new InputStreamReader(
                Thread.currentThread().getContextClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
