package vn.tongket.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in: a bcrypt password hash and one or more roles. */
@Entity
@Table(name = "user_account")
@jakarta.persistence.EntityListeners(TrustedIdentityProvider.Changes.class)
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    /** Comma-separated {@link Role} names. */
    @Column(nullable = false, length = 200)
    public String roles;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    /** Set after too many failed sign-ins; the account refuses every password until then. */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Sessions (sign-in cookies) that started before this instant are ended: set by sign-out and a password change. */
    @Column(name = "sessions_valid_from")
    public Instant sessionsValidFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Full names by user name, in one query; a name unknown here (an account since removed) is simply absent. */
    public static Map<String, String> fullNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return UserAccount.<UserAccount>list("username in ?1", usernames).stream()
                .collect(Collectors.toMap(u -> u.username, u -> u.fullName));
    }

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Set<String> roleNames() {
        return roleSet().stream().map(Enum::name).collect(Collectors.toSet());
    }

    public void setRoles(Set<Role> roleSet) {
        this.roles = roleSet.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
