package vn.tongket.threat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tongket.security.PasswordCheck;
import vn.tongket.support.Api;
import vn.tongket.support.RawHttp;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Password guessing: parallel wrong passwords from one address reach the bcrypt check at most the per-client limit
 * times (counted when an attempt starts), and an unknown user name costs the same bcrypt check as a wrong password.
 */
@QuarkusTest
class BruteForceThreatTest {

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "tongket.security.max-failures-per-client")
    int limit;

    @Inject
    PasswordCheck passwords;

    @Test
    void parallelWrongPasswordsFromOneAddressReachThePasswordCheckAtMostTheLimit() throws Exception {
        int attempts = limit + 40;
        String request = RawHttp.signIn("khong-ton-tai-song-song", "sai-mat-khau");
        long before = passwords.verifications();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return RawHttp.status(send("127.0.0.9", request));
                }));
            }
            start.countDown();
            int refused = 0;
            int checked = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 429) {
                    refused++;
                } else {
                    assertEquals(302, status);
                    checked++;
                }
            }
            assertEquals(limit, checked, "attempts let through to the password check");
            assertEquals(attempts - limit, refused);
            assertEquals(limit, passwords.verifications() - before, "bcrypt verifications");
        } finally {
            pool.shutdownNow();
        }
        // Another address still signs in.
        assertEquals(302, RawHttp.status(send("127.0.0.10", RawHttp.signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER))));
    }

    @Test
    void anUnknownUserNameGoesThroughTheSameBcryptCheckAsAWrongPassword() throws IOException {
        long before = passwords.verifications();
        assertEquals(302, RawHttp.status(send("127.0.0.11", RawHttp.signIn("khong-co-tai-khoan-nay", "doan-bua"))));
        assertEquals(before + 1, passwords.verifications(), "an unknown user is verified against a dummy hash");

        assertEquals(302, RawHttp.status(send("127.0.0.11", RawHttp.signIn(Api.REVIEWER, "mat-khau-sai"))));
        assertEquals(before + 2, passwords.verifications(), "a wrong password is verified against the user's hash");
        // (the reviewer's failure in a row is reset by the next good sign-in)
        assertEquals(302, RawHttp.status(send("127.0.0.11", RawHttp.signIn(Api.REVIEWER, "demo-" + Api.REVIEWER))));
    }

    private String send(String from, String request) {
        return RawHttp.exchange(base, from, request, Duration.ofMinutes(2));
    }
}
