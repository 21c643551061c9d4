package vn.tongket.nomination;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.tongket.audit.AuditEntry;
import vn.tongket.support.Api;
import vn.tongket.support.Councils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every pair of state and action outside the table of docs/design.md section 4 is refused, and the audit stays as
 * written.
 */
@QuarkusTest
class TransitionTableTest {

    /** docs/design.md section 4, written out independently of the code: the actions allowed in each state. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "DRAFT", Set.of("edit", "submit", "withdraw"),
            "SUBMITTED", Set.of("approve", "return", "reject", "withdraw"),
            "RETURNED", Set.of("edit", "submit", "withdraw"),
            "APPROVED", Set.of("withdraw", "decide"),
            "REJECTED", Set.of(),
            "WITHDRAWN", Set.of(),
            "DECIDED", Set.of("award"),
            "AWARDED", Set.of());

    private static final List<String> ACTIONS = List.of("edit", "submit", "approve", "return", "reject", "withdraw",
            "decide", "award");

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic.AtomicInteger();

    @Inject
    EntityManager em;

    @Test
    void everyActionOutsideTheTableIsRefusedInEveryState() {
        long conf = Api.createConference("Hội nghị bảng chuyển trạng thái", false);
        Map<String, Long> byState = new LinkedHashMap<>();
        for (String state : ALLOWED.keySet()) {
            byState.put(state, inState(conf, state));
        }
        int refused = 0;
        for (var entry : byState.entrySet()) {
            String state = entry.getKey();
            assertEquals(state, Nominations.status(entry.getValue()));
            for (String action : ACTIONS) {
                if (ALLOWED.get(state).contains(action)) {
                    continue;
                }
                request(conf, entry.getValue(), action).then().statusCode(409)
                        .body("detail", containsString(label(state)));
                assertEquals(state, Nominations.status(entry.getValue()), action + " changed " + state);
                refused++;
            }
        }
        assertEquals(51, refused);
    }

    /**
     * The buttons each page shows for a nomination are the actions the table allows in its state: a page that kept
     * its own list of states would drift from the table and fail here.
     */
    @Test
    void pagesOfferExactlyTheActionsTheTableAllows() {
        long conf = Api.createConference("Hội nghị nút theo bảng chuyển trạng thái", false);
        Map<NominationStatus, Long> byState = new LinkedHashMap<>();
        for (NominationStatus state : NominationStatus.values()) {
            byState.put(state, inState(conf, state.name()));
        }
        String base = "/conferences/" + conf + "/nominations";
        String board = page(Api.ORGANIZER, base);
        String awards = page(Api.ORGANIZER, base + "/awards");
        String review = page(Api.REVIEWER, base + "/review");
        String decision = page(Api.APPROVER, base + "/decision");
        for (var entry : byState.entrySet()) {
            long id = entry.getValue();
            List<NominationAction> allowed = NominationAction.allowedIn(entry.getKey());
            String detail = page(Api.ORGANIZER, base + "/" + id);
            assertTrue(detail.contains("id=\"nomination-status\">" + label(entry.getKey().name()) + "<"), "label");
            String reviewItem = section(review, "<section class=\"card review-item\" data-id=\"" + id + "\">");
            String idsBox = "name=\"ids\" value=\"" + id + "\"";
            List<Offer> offers = List.of(
                    new Offer(NominationAction.EDIT, "edit form", detail.contains("id=\"nomination-edit-form\"")),
                    new Offer(NominationAction.EDIT, "upload form", detail.contains("id=\"attachment-form\"")),
                    new Offer(NominationAction.SUBMIT, "detail", detail.contains("id=\"submit-one\"")),
                    new Offer(NominationAction.SUBMIT, "board", board.contains(idsBox)),
                    new Offer(NominationAction.APPROVE, "review", reviewItem.contains("value=\"APPROVE\"")),
                    new Offer(NominationAction.RETURN, "review", reviewItem.contains("value=\"RETURN\"")),
                    new Offer(NominationAction.REJECT, "review", reviewItem.contains("value=\"REJECT\"")),
                    new Offer(NominationAction.WITHDRAW, "detail", detail.contains("id=\"withdraw-one\"")),
                    new Offer(NominationAction.DECIDE, "decision", decision.contains(idsBox)),
                    new Offer(NominationAction.AWARD, "detail", detail.contains("id=\"award-one\"")),
                    new Offer(NominationAction.AWARD, "awards", awards.contains(base + "/" + id + "/award\"")));
            assertEquals(Set.of(NominationAction.values()), offers.stream().map(Offer::action).collect(Collectors.toSet()));
            for (Offer offer : offers) {
                assertEquals(allowed.contains(offer.action()), offer.shown(),
                        entry.getKey() + ": " + offer.action() + " on " + offer.where());
            }
        }
    }

    /** Enum labels come from the message bundles, Vietnamese by default and English on request. */
    @Test
    void labelsFollowTheReadersLanguage() {
        long conf = Api.createConference("Hội nghị nhãn hai thứ tiếng", false);
        long id = inState(conf, "RETURNED");
        String path = "/conferences/" + conf + "/nominations/" + id;
        String vi = page(Api.ORGANIZER, path);
        assertTrue(vi.contains("id=\"nomination-status\">Bị trả lại<") && vi.contains("<dd>Cá nhân</dd>"), vi);
        String en = Api.page(Api.ORGANIZER).header("Accept-Language", "en").get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(en.contains("id=\"nomination-status\">Returned<") && en.contains("<dd>Individual</dd>"), en);
    }

    /** Whether one page shows the way to one action. */
    private record Offer(NominationAction action, String where, boolean shown) {
    }

    private static String page(String user, String path) {
        return Api.page(user).get(path).then().statusCode(200).extract().asString();
    }

    /** The HTML section that starts with the given tag, or "" when the page has none. */
    private static String section(String html, String start) {
        int from = html.indexOf(start);
        return from < 0 ? "" : html.substring(from, html.indexOf("</section>", from));
    }

    @Test
    void auditEntriesCannotBeChangedThroughTheApplication() {
        long conf = Api.createConference("Hội nghị nhật ký bất biến", false);
        long id = Nominations.create(conf, "INDIVIDUAL", "Nguyễn Văn Nhật Ký", "Xã Tân Mỹ", true);
        Councils.carry(id);
        long entry = tamper(id);
        assertEquals(null, note(entry));
        assertEquals("bochqs", Api.as(Api.REVIEWER).get("/api/nominations/" + id + "/history").then().extract()
                .jsonPath().getString("[0].actor"));
    }

    /** Changes an entry through the entity and flushes: @Immutable makes Hibernate write nothing. */
    long tamper(long nominationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditEntry e = AuditEntry.history(NominationService.AUDIT_TYPE, nominationId).get(0);
            e.note = "sửa trộm";
            e.actor = "mallory";
            em.flush();
            return e.id;
        });
    }

    String note(long entryId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT note FROM audit_entry WHERE id = ?1").setParameter(1, entryId)
                .getSingleResult());
    }

    private static long inState(long conf, String state) {
        long id = Nominations.create(conf, "INDIVIDUAL", "Trạng Thái " + state, "Xã Tân Mỹ", true);
        Councils.carry(id);
        switch (state) {
            case "DRAFT" -> { }
            case "SUBMITTED" -> Nominations.submit(id);
            case "RETURNED" -> {
                Nominations.submit(id);
                Nominations.review(id, "RETURN", "Bổ sung");
            }
            case "REJECTED" -> {
                Nominations.submit(id);
                Nominations.review(id, "REJECT", "Không đạt");
            }
            case "WITHDRAWN" -> Api.as(Api.ORGANIZER).post("/api/nominations/" + id + "/withdraw").then().statusCode(200);
            default -> {
                Nominations.submit(id);
                Nominations.review(id, "APPROVE", null);
                if (!state.equals("APPROVED")) {
                    request(conf, id, "decide").then().statusCode(201);
                }
                if (state.equals("AWARDED")) {
                    request(conf, id, "award").then().statusCode(200);
                }
            }
        }
        return id;
    }

    private static io.restassured.response.Response request(long conf, long id, String action) {
        String path = "/api/nominations/" + id;
        return switch (action) {
            case "edit" -> Api.as(Api.ORGANIZER).body("""
                    {"kind": "INDIVIDUAL", "nomineeName": "Sửa", "position": "Xã đội trưởng", "organization": "Xã Tân Mỹ",
                     "achievements": "x"}""").put(path);
            case "submit", "withdraw", "award" -> Api.as(Api.ORGANIZER).post(path + "/" + action);
            case "approve", "return", "reject" -> review(action).post(path + "/review");
            case "decide" -> Api.as(Api.APPROVER).body("{\"number\": \"%d-%d/QĐ-UBND\", \"signedOn\": \"2023-12-05\", "
                    .formatted(id, NUMBERS.incrementAndGet()) + "\"nominationIds\": [%d]}".formatted(id))
                    .post("/api/conferences/" + conf + "/decisions");
            default -> throw new IllegalArgumentException(action);
        };
    }

    private static RequestSpecification review(String action) {
        return Api.as(Api.REVIEWER).body("{\"decision\": \"%s\", \"note\": \"ghi chú\"}".formatted(action.toUpperCase()));
    }

    private static String label(String state) {
        return switch (state) {
            case "DRAFT" -> "Nháp";
            case "SUBMITTED" -> "Đã gửi thẩm định";
            case "RETURNED" -> "Bị trả lại";
            case "APPROVED" -> "Đã thẩm định";
            case "REJECTED" -> "Không duyệt";
            case "WITHDRAWN" -> "Đã rút";
            case "DECIDED" -> "Đã có quyết định";
            default -> "Đã trao thưởng";
        };
    }
}
