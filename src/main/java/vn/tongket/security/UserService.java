package vn.tongket.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tongket.TongketConfig;
import vn.tongket.web.ProblemException;
import vn.tongket.web.Text;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users: password checks for sign-in and account creation. */
@ApplicationScoped
public class UserService {

    @Inject
    TongketConfig config;

    @Inject
    VerifiedPasswords verified;

    @Inject
    PasswordCheck passwords;

    /**
     * The user when the password matches, the account is enabled and not locked. Failures are counted: after
     * {@code tongket.security.max-failed-logins} in a row the account is locked for {@code tongket.security.lockout}.
     * The bcrypt check runs outside any transaction (it holds no pooled connection while it computes), and a password
     * verified in the last minutes is recognised without it (see {@link VerifiedPasswords}).
     */
    public Optional<UserAccount> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> found = QuarkusTransaction.requiringNew()
                .call(() -> UserAccount.findByUsername(username.trim()).filter(u -> u.enabled));
        if (found.isEmpty()) {
            Log.infof("Failed sign-in for unknown or disabled user '%s'", username);
            passwords.refuse(password);
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (user.lockedUntil != null && user.lockedUntil.isAfter(Instant.now())) {
            Log.warnf("Sign-in refused for locked user '%s' (locked until %s)", user.username, user.lockedUntil);
            passwords.refuse(password);
            return Optional.empty();
        }
        if (!verified.matches(user, password)) {
            if (!passwords.matches(password, user.passwordHash)) {
                verified.forget(user.username);
                QuarkusTransaction.requiringNew().run(() -> recordFailure(user.id));
                return Optional.empty();
            }
            verified.remember(user, password);
        }
        if (user.failedAttempts != 0 || user.lockedUntil != null) {
            QuarkusTransaction.requiringNew().run(() -> UserAccount.update(
                    "failedAttempts = 0, lockedUntil = null where id = ?1", user.id));
        }
        return Optional.of(user);
    }

    /** One more failed sign-in in a row, under a row lock so that concurrent failures all count. */
    private void recordFailure(long id) {
        // A plain locking read (Hibernate's "FOR UPDATE OF" is MySQL-only): then the entity, read after the lock.
        UserAccount.getEntityManager().createNativeQuery("SELECT id FROM user_account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        UserAccount user = UserAccount.findById(id);
        user.failedAttempts++;
        if (user.failedAttempts >= config.maxFailedLogins()) {
            user.lockedUntil = Instant.now().plus(config.lockout());
            user.failedAttempts = 0;
            Log.warnf("User '%s' locked until %s after %d failed sign-ins", user.username, user.lockedUntil,
                    config.maxFailedLogins());
        } else {
            Log.infof("Failed sign-in for user '%s' (%d in a row)", user.username, user.failedAttempts);
        }
    }

    @Transactional
    public Optional<UserAccount> findEnabled(String username) {
        return UserAccount.findByUsername(username).filter(u -> u.enabled);
    }

    /** Creates the account unless the username exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String password, String fullName, Set<Role> roles) {
        if (UserAccount.findByUsername(username).isPresent()) {
            return false;
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.fullName = fullName;
        user.setRoles(roles);
        user.persist();
        return true;
    }

    public List<UserAccount> list() {
        return UserAccount.list("order by username");
    }

    /** Creates an account from the administration page or API; the username must be free. */
    @Transactional
    public UserAccount create(UserRequest request) {
        String username = request.username().trim();
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new ProblemException(409, "username", m -> m.usernameTaken(username));
        }
        if (request.password() == null || request.password().isBlank()) {
            throw ProblemException.invalid("password", m -> m.passwordRequired());
        }
        UserAccount user = new UserAccount();
        user.username = username;
        apply(user, request);
        user.persist();
        Log.infof("User '%s' created with roles %s", username, user.roles);
        return user;
    }

    /** Changes name, roles, enabled flag and (when given) the password; the last enabled administrator stays. */
    @Transactional
    public UserAccount update(long id, UserRequest request) {
        UserAccount user = UserAccount.findById(id);
        if (user == null) {
            throw ProblemException.notFound(m -> m.userNotFound(id));
        }
        apply(user, request);
        if (request.password() != null && !request.password().isBlank()) {
            // A new password ends the sessions opened with the old one (a copied cookie, a forgotten sign-in).
            user.sessionsValidFrom = sessionsEndNow();
        }
        verified.forget(user.username);
        boolean adminLeft = UserAccount.<UserAccount>listAll().stream()
                .anyMatch(u -> u.enabled && u.roleSet().contains(Role.ADMIN));
        if (!adminLeft) {
            throw ProblemException.conflict(m -> m.lastAdmin());
        }
        Log.infof("User '%s' updated: roles %s, enabled %s", user.username, user.roles, user.enabled);
        return user;
    }

    /**
     * Ends every session of the user on every instance (sign-out): the cookies stay valid cryptographically, so the
     * database remembers from when on they count.
     */
    @Transactional
    public void endSessions(String username) {
        UserAccount.findByUsername(username).ifPresent(user -> user.sessionsValidFrom = sessionsEndNow());
        Log.infof("User '%s' signed out: sessions ended", username);
    }

    /** Millisecond precision, as the session cookie dates a sign-in: a session begun after this instant stays. */
    private static Instant sessionsEndNow() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void apply(UserAccount user, UserRequest request) {
        user.fullName = Text.clean(request.fullName());
        user.setRoles(request.roles());
        user.enabled = request.enabled() == null || request.enabled();
        user.failedAttempts = 0;
        user.lockedUntil = null;
        if (request.password() != null && !request.password().isBlank()) {
            user.passwordHash = BcryptUtil.bcryptHash(request.password());
        }
    }

    @Transactional
    public boolean anyAdmin() {
        return UserAccount.<UserAccount>listAll().stream().anyMatch(u -> u.roleSet().contains(Role.ADMIN));
    }
}
