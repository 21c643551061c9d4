package vn.tongket.nomination;

import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tongket.document.VietnameseDates;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Prize money (docs/design.md section 5): the base salary in force on the decision date times the individual
 * coefficient, rounded up to the next 10,000 VND; a collective receives twice an individual's amount. The rates are
 * data.
 */
@ApplicationScoped
public class PrizeMoney {

    static final long ROUNDING_STEP = 10_000;

    /** The rates and amounts in force on a date. */
    public record Amounts(LocalDate on, long baseSalary, BigDecimal coefficient, long individual, long collective) {
        public long of(NominationKind kind) {
            return kind == NominationKind.COLLECTIVE ? collective : individual;
        }
    }

    public Amounts on(LocalDate date) {
        PrizeRate base = inForce(PrizeRate.Name.BASE_SALARY, date);
        PrizeRate coefficient = inForce(PrizeRate.Name.INDIVIDUAL_COEFFICIENT, date);
        long individual = roundUp(base.value.multiply(coefficient.value));
        return new Amounts(date, base.value.longValueExact(), coefficient.value.stripTrailingZeros(), individual,
                2 * individual);
    }

    /** Rounded up to the next 10,000 VND (an exact multiple stays as it is). */
    static long roundUp(BigDecimal amount) {
        BigDecimal step = BigDecimal.valueOf(ROUNDING_STEP);
        return amount.divide(step, 0, RoundingMode.CEILING).multiply(step).longValueExact();
    }

    private static PrizeRate inForce(PrizeRate.Name name, LocalDate date) {
        return PrizeRate.inForce(name, date).orElseThrow(() -> ProblemException.conflict(NominationMessages.class,
                m -> m.noPrizeRate(VietnameseDates.dmy(date))));
    }

    public List<PrizeRate> rates() {
        return PrizeRate.listAll();
    }

    /** Adds a row, or corrects the row of the same name and date. */
    @Transactional
    public PrizeRate save(PrizeRateRequest request) {
        PrizeRate rate = PrizeRate.find(request.name(), request.effectiveFrom()).orElseGet(PrizeRate::new);
        rate.name = request.name();
        rate.effectiveFrom = request.effectiveFrom();
        rate.value = request.value();
        rate.note = Text.clean(request.note());
        rate.source = Text.clean(request.source());
        rate.confirmed = request.confirmed();
        if (rate.id == null) {
            rate.persist();
        }
        return rate;
    }

    @Transactional
    public PrizeRate update(long id, PrizeRateRequest request) {
        PrizeRate rate = PrizeRate.findById(id);
        if (rate == null) {
            throw ProblemException.notFound(NominationMessages.class, m -> m.prizeRateNotFound(id));
        }
        PrizeRate.find(request.name(), request.effectiveFrom()).filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(NominationMessages.class,
                            m -> m.prizeRateDuplicate(VietnameseDates.dmy(request.effectiveFrom())));
                });
        rate.name = request.name();
        rate.effectiveFrom = request.effectiveFrom();
        rate.value = request.value();
        rate.note = Text.clean(request.note());
        rate.source = Text.clean(request.source());
        rate.confirmed = request.confirmed();
        return rate;
    }

    /** "1.800.000 đồng", as amounts are written in Vietnamese documents; usable in templates as {amount.vnd}. */
    @TemplateExtension
    public static String vnd(Long amount) {
        return amount == null ? "" : grouped(amount) + " đồng";
    }

    /** Thousands grouped by dots, as Vietnamese writes them: "1.800.000". */
    public static String grouped(long number) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(number).replace(',', '.');
    }
}
