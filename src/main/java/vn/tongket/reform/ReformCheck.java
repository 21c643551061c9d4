package vn.tongket.reform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tongket.conference.Conference;
import vn.tongket.delegate.Delegate;
import vn.tongket.delegate.Organization;
import vn.tongket.delegate.OrganizationLevel;
import vn.tongket.document.VietnameseDates;
import vn.tongket.nomination.Nomination;
import vn.tongket.web.Localization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The warnings of a conference held under the two-level local government (from 01/07/2025): district-level units and
 * old province names among its own texts, delegates and nominations; and, at any date, a review year that does not
 * fit the conference's date. Warnings never block: the clerk decides.
 */
@ApplicationScoped
public class ReformCheck {

    /**
     * District-level bodies end their work on this day: Law 72/2025/QH15 on the Organisation of Local Government,
     * Chương VII (điều khoản thi hành), as read on danhmucvanbanphapluatvietnam.blogspot.com (the article number was
     * not read).
     */
    public static final LocalDate TWO_LEVEL_FROM = LocalDate.of(2025, 7, 1);

    /** Everything to check on a conference, in the order a clerk reads its page: its own fields, delegates, nominations. */
    @Transactional
    public List<ReformWarning> conference(Conference c, String language) {
        ReformMessages m = Localization.bundle(ReformMessages.class, language);
        List<ReformWarning> warnings = new ArrayList<>(reviewYear(c, m));
        LocalDate on = c.startsAt.toLocalDate();
        if (!twoLevel(on)) {
            return warnings;
        }
        List<ProvinceRenaming> ceased = ProvinceRenaming.ceasedBy(on);
        oldName(warnings, m, ceased, m.whatTitle(), "title", c.title);
        oldName(warnings, m, ceased, m.whatIssuer(), "issuer", c.issuer);
        oldName(warnings, m, ceased, m.whatPlace(), "place", c.place);
        oldName(warnings, m, ceased, m.whatVenue(), "venue.address", c.venueAddress);
        for (Delegate d : Delegate.listByConference(c.id)) {
            delegate(warnings, m, ceased, d);
        }
        for (Nomination n : Nomination.<Nomination>list("from Nomination n join fetch n.organization "
                + "where n.conference.id = ?1 order by n.id", c.id)) {
            nomination(warnings, m, ceased, n);
        }
        return warnings;
    }

    @Transactional
    public List<ReformWarning> delegate(Delegate d, String language) {
        List<ReformWarning> warnings = new ArrayList<>();
        LocalDate on = d.conference.startsAt.toLocalDate();
        if (twoLevel(on)) {
            delegate(warnings, Localization.bundle(ReformMessages.class, language), ProvinceRenaming.ceasedBy(on), d);
        }
        return warnings;
    }

    @Transactional
    public List<ReformWarning> nomination(Nomination n, String language) {
        List<ReformWarning> warnings = new ArrayList<>();
        LocalDate on = n.conference.startsAt.toLocalDate();
        if (twoLevel(on)) {
            nomination(warnings, Localization.bundle(ReformMessages.class, language), ProvinceRenaming.ceasedBy(on), n);
        }
        return warnings;
    }

    /**
     * The review of year Y meets at the end of Y or early in Y+1 (the plan's December conference; a January one after
     * a late year-end): a review year after the conference's year, or two or more years before it, is a typing slip.
     */
    static List<ReformWarning> reviewYear(Conference c, ReformMessages m) {
        int held = c.startsAt.getYear();
        if (c.reviewYear == held || c.reviewYear == held - 1) {
            return List.of();
        }
        return List.of(new ReformWarning(ReformWarning.REVIEW_YEAR,
                m.reviewYearMismatch(c.reviewYear, VietnameseDates.dmy(c.startsAt.toLocalDate()), c.reviewYear + 1),
                "reviewYear"));
    }

    static boolean twoLevel(LocalDate on) {
        return !on.isBefore(TWO_LEVEL_FROM);
    }

    private static void delegate(List<ReformWarning> warnings, ReformMessages m, List<ProvinceRenaming> ceased,
                                 Delegate d) {
        String what = m.whatDelegate(d.fullName);
        String field = "delegates[" + d.id + "]";
        organization(warnings, m, ceased, what, field + ".organization", d.organization);
        oldName(warnings, m, ceased, what, field + ".position", d.position);
    }

    private static void nomination(List<ReformWarning> warnings, ReformMessages m, List<ProvinceRenaming> ceased,
                                   Nomination n) {
        organization(warnings, m, ceased, m.whatNomination(n.nomineeName), "nominations[" + n.id + "].organization",
                n.organization);
    }

    private static void organization(List<ReformWarning> warnings, ReformMessages m, List<ProvinceRenaming> ceased,
                                     String what, String field, Organization o) {
        if (o == null) {
            return;
        }
        if (o.level == OrganizationLevel.DISTRICT) {
            warnings.add(new ReformWarning(ReformWarning.DISTRICT_LEVEL, m.districtLevel(what, o.name), field));
        }
        oldName(warnings, m, ceased, what, field, o.name);
    }

    private static void oldName(List<ReformWarning> warnings, ReformMessages m, List<ProvinceRenaming> ceased,
                                String what, String field, String text) {
        if (text == null) {
            return;
        }
        for (ProvinceRenaming r : ceased) {
            if (mentions(text, r.oldName)) {
                warnings.add(new ReformWarning(ReformWarning.OLD_PROVINCE_NAME, m.oldProvinceName(what, text,
                        r.oldName, VietnameseDates.dmy(r.effectiveFrom), r.newName), field));
                return;
            }
        }
    }

    /**
     * Whether a text names the old province: the name as whole words, in any case ("TỈNH BẮC GIANG"), except as the
     * name of a commune or ward, which the reform may have kept or given (phường Bắc Giang of Bắc Ninh province).
     */
    static boolean mentions(String text, String oldName) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{M}])(?<!xã )(?<!phường )" + Pattern.quote(oldName) + "(?![\\p{L}\\p{M}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text).find();
    }
}
