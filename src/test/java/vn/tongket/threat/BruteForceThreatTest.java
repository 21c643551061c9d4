package vn.tongket.threat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tongket.security.PasswordCheck;
import vn.tongket.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        String request = signIn("khong-ton-tai-song-song", "sai-mat-khau");
        long before = passwords.verifications();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return status(send("127.0.0.9", request));
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
        assertEquals(302, status(send("127.0.0.10", signIn(Api.ORGANIZER, "demo-" + Api.ORGANIZER))));
    }

    @Test
    void anUnknownUserNameGoesThroughTheSameBcryptCheckAsAWrongPassword() throws IOException {
        long before = passwords.verifications();
        assertEquals(302, status(send("127.0.0.11", signIn("khong-co-tai-khoan-nay", "doan-bua"))));
        assertEquals(before + 1, passwords.verifications(), "an unknown user is verified against a dummy hash");

        assertEquals(302, status(send("127.0.0.11", signIn(Api.REVIEWER, "mat-khau-sai"))));
        assertEquals(before + 2, passwords.verifications(), "a wrong password is verified against the user's hash");
        // (the reviewer's failure in a row is reset by the next good sign-in)
        assertEquals(302, status(send("127.0.0.11", signIn(Api.REVIEWER, "demo-" + Api.REVIEWER))));
    }

    /** The login form's post with its CSRF token, as a browser sends what the login page gave it. */
    private static String signIn(String username, String password) {
        String form = "csrf-token=" + Api.LOGIN_CSRF_TOKEN + "&j_username=" + username + "&j_password=" + password;
        return "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: csrf-token=" + Api.LOGIN_CSRF_TOKEN + "\r\n"
                + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form;
    }

    /** One HTTP/1.1 exchange from the given local address (its own rate-limit counter); the raw response. */
    private String send(String from, String request) {
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(String response) {
        assertTrue(response.length() > 12, response);
        return Integer.parseInt(response.substring(9, 12));
    }
}
