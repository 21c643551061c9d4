package vn.tongket.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.dossier.DossierSettings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the dossier's documents of the commendation flow print: the lists, the latest decision, the legal bases. */
@ApplicationScoped
public class DossierDocuments {

    /** The states of a nomination vetted by Home Affairs and forwarded to the Chairman. */
    static final List<NominationStatus> APPROVED_OR_LATER = List.of(NominationStatus.APPROVED,
            NominationStatus.DECIDED, NominationStatus.AWARDED);

    /** A submission (Tờ trình) to print: the nominees, its number and date, the proposal it answers, its bases. */
    public record Submission(NominationDocuments.Listing listing, String number, LocalDate date,
                             DossierSettings command, List<LegalBasis> bases) {
        public String collectiveCount() {
            return String.format("%02d", listing.collectives().size());
        }

        public String individualCount() {
            return String.format("%02d", listing.individuals().size());
        }
    }

    /** The prize money receipt sheet: the awardees in presentation order, their amounts and the total. */
    public record Receipts(Conference conference, List<Nomination> awardees, List<AwardDecision> decisions, long total) {
    }

    @Inject
    ConferenceService conferences;

    @Inject
    NominationDocuments documents;

    public NominationDocuments.Listing holdingSlot(long conferenceId) {
        return documents.consolidated(conferenceId);
    }

    public NominationDocuments.Listing approved(long conferenceId) {
        return listing(conferences.get(conferenceId), Nomination.listByConference(conferenceId, APPROVED_OR_LATER));
    }

    /** The latest decision of the conference (by signing date), if any. */
    public Optional<AwardDecision> latestDecision(long conferenceId) {
        return AwardDecision.listByConference(conferenceId).stream()
                .max(Comparator.comparing((AwardDecision d) -> d.signedOn).thenComparing(d -> d.id));
    }

    /** The latest decision that names the Home Affairs submission it answers. */
    public Optional<AwardDecision> appraised(long conferenceId) {
        return AwardDecision.listByConference(conferenceId).stream()
                .filter(d -> d.proposalNumber != null && d.proposalDate != null)
                .max(Comparator.comparing((AwardDecision d) -> d.signedOn).thenComparing(d -> d.id));
    }

    /** The command's proposal: the nominations sent for vetting, under the entered number and date. */
    public Submission proposal(long conferenceId) {
        DossierSettings s = DossierSettings.of(conferenceId);
        return new Submission(holdingSlot(conferenceId), s.proposalNumber, s.proposalDate, s,
                emulationBases(s.proposalDate));
    }

    /** Home Affairs' submission to the Chairman: the approved nominations, numbered as the decision cites it. */
    public Submission appraisal(long conferenceId) {
        AwardDecision d = appraised(conferenceId).orElseThrow();
        return new Submission(approved(conferenceId), d.proposalNumber, d.proposalDate,
                DossierSettings.of(conferenceId), emulationBases(d.proposalDate));
    }

    public Receipts receipts(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        List<Nomination> awardees = Nomination.listByConference(conferenceId, NominationService.AWARD_STATES).stream()
                .sorted(Nomination.PRESENTATION_ORDER).toList();
        long total = awardees.stream().mapToLong(n -> n.prizeAmount == null ? 0 : n.prizeAmount).sum();
        return new Receipts(c, awardees, AwardDecision.listByConference(conferenceId), total);
    }

    /** The emulation law and its decree in force on the date (the organisation laws are the Chairman's bases). */
    private static List<LegalBasis> emulationBases(LocalDate on) {
        return LegalBasis.inForce(on).stream().filter(b -> b.sortOrder >= 20).toList();
    }

    private static NominationDocuments.Listing listing(Conference conference, List<Nomination> nominations) {
        List<Nomination> ordered = nominations.stream().sorted(Nomination.PRESENTATION_ORDER).toList();
        return new NominationDocuments.Listing(conference,
                ordered.stream().filter(n -> n.kind == NominationKind.COLLECTIVE).toList(),
                ordered.stream().filter(n -> n.kind == NominationKind.INDIVIDUAL).toList());
    }
}
