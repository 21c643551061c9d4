package vn.tongket.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one bcrypt verification of a sign-in. An unknown, disabled or locked account is checked against a dummy hash of
 * the same cost, so that the answer takes as long as for a wrong password and its timing does not tell which user
 * names exist. Counts the verifications it ran (what the rate limiter lets through to the password check).
 */
@ApplicationScoped
public class PasswordCheck {

    // Same cost as BcryptUtil.bcryptHash gives every stored password.
    private final String dummyHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
    private final LongAdder verifications = new LongAdder();

    boolean matches(String password, String storedHash) {
        verifications.increment();
        return BcryptUtil.matches(password, storedHash);
    }

    /** Spends the same work as {@link #matches} for an account that cannot sign in; always false. */
    boolean refuse(String password) {
        matches(password, dummyHash);
        return false;
    }

    /** bcrypt verifications run since start. */
    public long verifications() {
        return verifications.sum();
    }
}
