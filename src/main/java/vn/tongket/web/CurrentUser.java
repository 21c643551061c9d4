package vn.tongket.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tongket.security.FinanceScope;

/** The signed-in user as templates see it: {@code {inject:currentUser.organizer}}. Navigation shows only what the role may do. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    /** Where quarkus-rest-csrf keeps this request's token for {@code inject:csrf.token}. */
    private static final String CSRF_TOKEN = "csrf_token";

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext http;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getFullName() {
        String name = identity.getAttribute("fullName");
        return name == null ? getUsername() : name;
    }

    /**
     * Whether the bar can show the sign-out form with its CSRF token: not on an error page written before the CSRF
     * filter ran (a request refused for its role), where {@code inject:csrf.token} has no token to give.
     */
    public boolean isSignOutReady() {
        return isSignedIn() && http.get(CSRF_TOKEN) != null;
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isOrganizer() {
        return identity.hasRole("ORGANIZER") || identity.hasRole("ADMIN");
    }

    public boolean isReviewer() {
        return identity.hasRole("REVIEWER");
    }

    public boolean isApprover() {
        return identity.hasRole("APPROVER");
    }

    public boolean isAdmin() {
        return identity.hasRole("ADMIN");
    }

    /** May change the budget estimate: the organisers and the finance department (Sở Tài chính). */
    public boolean isBudgetEditor() {
        return isOrganizer() || identity.hasRole("FINANCE");
    }

    /** Only the finance role: the navigation offers the budgets and nothing the role cannot open. */
    public boolean isFinanceOnly() {
        return FinanceScope.financeOnly(identity);
    }
}
