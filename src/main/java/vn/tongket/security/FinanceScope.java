package vn.tongket.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps a finance officer (FINANCE and no other role) to the budget estimate: every other page and API answers 403.
 * A global policy (no name), so it holds on every path whatever annotation a resource carries; other roles pass.
 */
@ApplicationScoped
public class FinanceScope implements HttpSecurityPolicy {

    /** The budget page, its lines and PDF, in the pages and in the API. */
    private static final Pattern BUDGET = Pattern.compile("^(/api)?/conferences/\\d+/budget(/.*)?$");

    /** Reached by everybody signed in: the home page (a list of budgets for finance) and who am I. */
    private static final Set<String> COMMON = Set.of("/", "/api/me");

    /**
     * Paths open without an account (sign-in, static files, personal links, verification), which stay as configured.
     * Everything else is refused: an allow-list, so a page added later is closed to finance until allowed here.
     */
    private static final Pattern PUBLIC = Pattern.compile(
            "^/(login|logout|rsvp|ballot|presentation|documents|verify|static|q)(/.*)?$|^/favicon\\.ico$|^/api/verify$");

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext context) {
        return identity.map(who -> financeOnly(who) && refused(request.normalizedPath())
                ? CheckResult.DENY : CheckResult.PERMIT);
    }

    /** A finance officer with no other role; one who also organises keeps the organiser's reach. */
    public static boolean financeOnly(SecurityIdentity who) {
        if (who.isAnonymous() || !who.hasRole(Role.FINANCE_NAME)) {
            return false;
        }
        return who.getRoles().stream().allMatch(Role.FINANCE_NAME::equals);
    }

    private static boolean refused(String path) {
        return !COMMON.contains(path) && !BUDGET.matcher(path).matches() && !PUBLIC.matcher(path).matches();
    }
}
