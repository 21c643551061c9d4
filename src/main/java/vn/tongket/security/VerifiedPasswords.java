package vn.tongket.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords recently verified with bcrypt, so that an API client sending HTTP Basic on every call pays the bcrypt cost
 * once per {@link #TTL} rather than per request. An entry holds a SHA-256 of the password under a random key that
 * lives only in this process, and the stored bcrypt hash it was checked against: changing the password (a new
 * hash) invalidates it by itself. Whether the account is enabled, locked and its roles are still read from the
 * database on every sign-in.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String passwordHash, byte[] digest, Instant expires) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password was verified against this stored hash within the last {@link #TTL}. */
    boolean matches(UserAccount user, String password) {
        Entry e = entries.get(user.username);
        if (e == null || !e.passwordHash.equals(user.passwordHash)) {
            return false;
        }
        if (e.expires.isBefore(Instant.now())) {
            entries.remove(user.username, e);
            return false;
        }
        return MessageDigest.isEqual(e.digest, digest(password));
    }

    /** Remembers a password bcrypt has just accepted for this stored hash. */
    void remember(UserAccount user, String password) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(user.username, new Entry(user.passwordHash, digest(password), Instant.now().plus(TTL)));
    }

    /** Forgets the user's verified password (a wrong password was tried, or the account changed). */
    void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
