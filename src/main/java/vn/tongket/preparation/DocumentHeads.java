package vn.tongket.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.Text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The head and signature of the budget estimate and the summary report: what was saved, else the defaults a clerk
 * would type (Sở Tài chính under the province for the budget, the conference's issuer for the report).
 */
@ApplicationScoped
public class DocumentHeads {

    /**
     * The budget's basis by default. Thông tư 40/2017/TT-BTC ngày 28/4/2017 sets the spending norms of conferences
     * (chế độ chi hội nghị); its number and date are as cited by Quyết định 1795/QĐ-BTC ngày 11/9/2017
     * (https://vanbanluat.com/tai-chinh/quyet-dinh-1795-qd-btc-bo-tai-chinh-1c994.html).
     */
    static final String CONFERENCE_SPENDING_NORMS =
            "Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị";

    /** What a document prints: {@code stored} says whether an editor saved it (the form shows the saved values). */
    public record Head(DocumentHead.Kind kind, List<String> issuer, String number, String numberLabel, LocalDate issuedOn,
                       String dateLine, List<String> signerTitle, String signerName, List<String> basis, boolean stored) {
        public String issuerText() {
            return String.join("\n", issuer);
        }

        public String signerTitleText() {
            return String.join("\n", signerTitle);
        }

        public String basisText() {
            return String.join("\n", basis);
        }

        /** The issuing body's line (the last), the parent body's lines above it. */
        public List<String> parentLines() {
            return issuer.subList(0, issuer.size() - 1);
        }

        public String issuingBody() {
            return issuer.get(issuer.size() - 1);
        }

        /**
         * The issuing body as printed, broken where the words do: "ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG" (one line does
         * not fit the head's column at 12pt and would break inside the place name).
         */
        public List<String> issuingBodyLines() {
            String body = issuingBody();
            String committee = "ỦY BAN NHÂN DÂN ";
            return body.toUpperCase(Locale.forLanguageTag("vi")).startsWith(committee) && body.length() > committee.length()
                    ? List.of(body.substring(0, committee.length() - 1), body.substring(committee.length()).strip())
                    : List.of(body);
        }

        /** "Nơi nhận" of the report (the văn thư's copy); the estimate goes with the submission and has none. */
        public List<String> recipients() {
            return kind == DocumentHead.Kind.REPORT ? List.of("Lưu: VT.") : List.of();
        }
    }

    @Inject
    ConferenceService conferences;

    public Head head(long conferenceId, DocumentHead.Kind kind) {
        Conference c = conferences.get(conferenceId);
        return view(c, kind, DocumentHead.of(conferenceId, kind).orElse(null));
    }

    @Transactional
    public Head save(long conferenceId, DocumentHead.Kind kind, DocumentHeadRequest r) {
        Conference c = conferences.lock(conferenceId);
        DocumentHead h = DocumentHead.of(conferenceId, kind).orElseGet(() -> {
            DocumentHead created = new DocumentHead();
            created.conferenceId = conferenceId;
            created.kind = kind;
            return created;
        });
        boolean numbered = kind != DocumentHead.Kind.LIST;
        h.issuer = Text.clean(r.issuer());
        // The list is an attachment of the Tờ trình: its number, date and basis are the submission's, never its own.
        h.number = numbered ? Text.clean(r.number()) : null;
        h.issuedOn = numbered ? r.issuedOn() : null;
        h.signerTitle = Text.clean(r.signerTitle());
        h.signerName = Text.clean(r.signerName());
        h.basis = numbered ? Text.clean(r.basis()) : null;
        if (h.id == null) {
            h.persist();
        }
        return view(c, kind, h);
    }

    /** Saves the signer only (the review page's form), keeping the issuer lines saved through the API. */
    @Transactional
    public Head saveSigner(long conferenceId, DocumentHead.Kind kind, DocumentHeadRequest r) {
        DocumentHead stored = DocumentHead.of(conferenceId, kind).orElse(null);
        return save(conferenceId, kind, new DocumentHeadRequest(stored == null ? null : stored.issuer,
                stored == null ? null : stored.number, stored == null ? null : stored.issuedOn, r.signerTitle(),
                r.signerName(), stored == null ? null : stored.basis));
    }

    private static Head view(Conference c, DocumentHead.Kind kind, DocumentHead h) {
        String issuer = h != null && h.issuer != null ? h.issuer : defaultIssuer(c, kind);
        String number = h == null ? null : h.number;
        LocalDate issuedOn = h == null ? null : h.issuedOn;
        String signerTitle = h != null && h.signerTitle != null ? h.signerTitle : defaultSignerTitle(kind);
        String basis = h != null && h.basis != null ? h.basis : defaultBasis(c, kind);
        String dateLine = issuedOn == null ? VietnameseDates.draftDateLine(c.place, c.startsAt.getYear())
                : VietnameseDates.dateLine(c.place, issuedOn);
        return new Head(kind, lines(issuer), number, numberLabel(kind, number), issuedOn, dateLine, lines(signerTitle),
                h == null ? null : h.signerName, lines(basis), h != null);
    }

    /** "Số: 15/BC-UBND"; without a number the symbol stays with room for the văn thư to write it. */
    private static String numberLabel(DocumentHead.Kind kind, String number) {
        if (number != null || kind == DocumentHead.Kind.LIST) {
            return number;
        }
        return "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/" + (kind == DocumentHead.Kind.BUDGET ? "STC-QLNS" : "BC-UBND");
    }

    /**
     * The department under the province ("UBND TỈNH BẮC GIANG" / "SỞ TÀI CHÍNH", Sở Nội vụ for the nomination list);
     * the report: the issuer.
     */
    static String defaultIssuer(Conference c, DocumentHead.Kind kind) {
        if (kind == DocumentHead.Kind.REPORT) {
            return c.issuer;
        }
        String province = c.issuer.toUpperCase(Locale.forLanguageTag("vi")).replaceFirst("^ỦY BAN NHÂN DÂN\\s+", "UBND ");
        return province + (kind == DocumentHead.Kind.LIST ? "\nSỞ NỘI VỤ" : "\nSỞ TÀI CHÍNH");
    }

    private static String defaultSignerTitle(DocumentHead.Kind kind) {
        return kind == DocumentHead.Kind.REPORT ? "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" : "GIÁM ĐỐC";
    }

    private static String defaultBasis(Conference c, DocumentHead.Kind kind) {
        if (kind != DocumentHead.Kind.BUDGET) {
            return null;
        }
        return "Căn cứ " + CONFERENCE_SPENDING_NORMS + ";\nCăn cứ Kế hoạch của Ủy ban nhân dân tỉnh về tổ chức "
                + c.title + ";";
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
