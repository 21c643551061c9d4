package vn.tongket.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 exchange written by hand, for what a client library would not send: a request from a chosen local
 * address (each loopback address has its own rate-limit counter), or a head announcing a body that never comes.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} from the local address {@code from} (null: any) and reads the raw answer to its end. */
    public static String exchange(URL base, String from, String request, Duration timeout) {
        InetAddress local = null;
        try {
            local = from == null ? null : InetAddress.getByName(from);
            try (Socket socket = local == null ? new Socket(base.getHost(), base.getPort())
                    : new Socket(InetAddress.getByName(base.getHost()), base.getPort(), local, 0)) {
                socket.setSoTimeout((int) timeout.toMillis());
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                socket.getInputStream().transferTo(answer);
                return answer.toString(StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The login form's post with its CSRF token, as a browser sends what the login page gave it. */
    public static String signIn(String username, String password) {
        String form = "csrf-token=" + Api.LOGIN_CSRF_TOKEN + "&j_username=" + username + "&j_password=" + password;
        return "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: csrf-token=" + Api.LOGIN_CSRF_TOKEN + "\r\n"
                + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form;
    }

    /** The status code of a raw answer. */
    public static int status(String response) {
        if (response.length() < 12) {
            throw new AssertionError("no HTTP status in: " + response);
        }
        return Integer.parseInt(response.substring(9, 12));
    }
}
