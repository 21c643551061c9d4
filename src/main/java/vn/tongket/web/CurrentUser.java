package vn.tongket.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as templates see it: {@code {inject:currentUser.organizer}}. Navigation shows only what the role may do. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

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
}
