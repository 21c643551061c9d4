package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.preparation.DocumentHead;
import vn.tongket.preparation.DocumentHeads;
import vn.tongket.web.ProblemException;

import java.time.LocalDate;
import java.util.List;

/** What the documents show: the consolidated list for Home Affairs and the (draft) decision with its annex. */
@ApplicationScoped
public class NominationDocuments {

    /** The nominations of a list, split as the documents print them. */
    public record Listing(Conference conference, List<Nomination> collectives, List<Nomination> individuals) {
        public int size() {
            return collectives.size() + individuals.size();
        }

        /**
         * Nominees at the grassroots (cơ sở): the nomination's flag, which defaults to its organisation's. The list prints
         * their share because the plan (Kế hoạch tổng kết, mục II.5) gives the awards "tập trung cho các tập thể, cá nhân
         * tiêu biểu ở cơ sở". A minimum share set by Law 06/2022 or Decree 98/2023 was not found in the texts the search
         * tool holds: chưa xác nhận (unconfirmed), so no threshold is printed or enforced here.
         */
        public long grassroots() {
            return java.util.stream.Stream.concat(collectives.stream(), individuals.stream()).filter(n -> n.grassroots)
                    .count();
        }

        /** The grassroots share in whole percent, rounded half up; 0 for an empty list. */
        public long grassrootsPercent() {
            return size() == 0 ? 0 : Math.round(grassroots() * 100.0 / size());
        }
    }

    /**
     * The consolidated list as the annex of Home Affairs' submission (Tờ trình): its number and date are those recorded
     * with the latest decision that gives them, null (a dotted blank for the clerk) until one does. The head (issuer
     * lines and signer) is the one Home Affairs saved, else "UBND TỈNH ..." / "SỞ NỘI VỤ" and "GIÁM ĐỐC".
     */
    public record ListDocument(Listing listing, String proposalNumber, LocalDate proposalDate, DocumentHeads.Head head) {

        public String collectiveCount() {
            return twoDigits(listing.collectives().size());
        }

        public String individualCount() {
            return twoDigits(listing.individuals().size());
        }

        public String grassrootsCount() {
            return twoDigits(listing.grassroots());
        }

        public String totalCount() {
            return twoDigits(listing.size());
        }

        private static String twoDigits(long n) {
            return String.format("%02d", n);
        }
    }

    /**
     * A decision to print: a draft has no number or date yet. {@code bases} are the legal texts in force on the signing
     * date (the preview date for a draft); the proposal is the Home Affairs submission (Tờ trình), null when not given.
     */
    public record DecisionDocument(Listing listing, String number, LocalDate signedOn, PrizeMoney.Amounts amounts,
                                   long total, List<LegalBasis> bases, String proposalNumber, LocalDate proposalDate) {
        public boolean draft() {
            return number == null;
        }

        /** "02": counts in a decision take two digits ("02 tập thể và 02 cá nhân"). */
        public String collectiveCount() {
            return twoDigits(listing.collectives().size());
        }

        public String individualCount() {
            return twoDigits(listing.individuals().size());
        }

        private static String twoDigits(int n) {
            return String.format("%02d", n);
        }
    }

    @Inject
    ConferenceService conferences;

    @Inject
    PrizeMoney prizeMoney;

    @Inject
    DocumentHeads heads;

    /** Everything sent to Home Affairs: the nominations holding a quota slot, in presentation order. */
    public Listing consolidated(long conferenceId) {
        return listing(conferences.get(conferenceId),
                Nomination.listByConference(conferenceId, NominationStatus.HOLDING_SLOT));
    }

    /** The consolidated list with the submission it goes with (see {@link ListDocument}). */
    public ListDocument consolidatedDocument(long conferenceId) {
        Listing listing = consolidated(conferenceId);
        List<AwardDecision> proposed = AwardDecision.listByConference(conferenceId).stream()
                .filter(d -> d.proposalNumber != null).toList();
        AwardDecision last = proposed.isEmpty() ? null : proposed.get(proposed.size() - 1);
        return new ListDocument(listing, last == null ? null : last.proposalNumber, last == null ? null : last.proposalDate,
                heads.head(conferenceId, DocumentHead.Kind.LIST));
    }

    /** The draft decision over the APPROVED nominations, with the prize money in force on the given date. */
    public DecisionDocument draft(long conferenceId, LocalDate on) {
        Listing listing = listing(conferences.get(conferenceId),
                Nomination.listByConference(conferenceId, List.of(NominationStatus.APPROVED)));
        PrizeMoney.Amounts amounts = prizeMoney.on(on);
        long total = listing.collectives().size() * amounts.collective() + listing.individuals().size() * amounts.individual();
        return new DecisionDocument(listing, null, null, amounts, total, LegalBasis.inForce(on), null, null);
    }

    /** A recorded decision with the amounts fixed when it was recorded. */
    public DecisionDocument decision(long conferenceId, long decisionId) {
        AwardDecision d = AwardDecision.findById(decisionId);
        if (d == null || !d.conference.id.equals(conferenceId)) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.decisionNotFound(decisionId));
        }
        List<Nomination> covered = Nomination.listByDecision(decisionId);
        long total = covered.stream().mapToLong(n -> n.prizeAmount == null ? 0 : n.prizeAmount).sum();
        return new DecisionDocument(listing(d.conference, covered), d.number, d.signedOn, prizeMoney.on(d.signedOn), total,
                LegalBasis.inForce(d.signedOn), d.proposalNumber, d.proposalDate);
    }

    private static Listing listing(Conference conference, List<Nomination> nominations) {
        List<Nomination> ordered = nominations.stream().sorted(Nomination.PRESENTATION_ORDER).toList();
        return new Listing(conference,
                ordered.stream().filter(n -> n.kind == NominationKind.COLLECTIVE).toList(),
                ordered.stream().filter(n -> n.kind == NominationKind.INDIVIDUAL).toList());
    }
}
