package vn.tongket.security;

import java.util.Set;
import java.util.TreeSet;

/** A user as the API shows it (never the password hash). */
public record UserView(Long id, String username, String fullName, Set<String> roles, boolean enabled) {

    public static UserView of(UserAccount u) {
        return new UserView(u.id, u.username, u.fullName, new TreeSet<>(u.roleNames()), u.enabled);
    }
}
