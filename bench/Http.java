package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

import static bench.Bench.*;
import static bench.Tasks.*;

/** HTTP to the application: the shared JDK client, answers, a signed-in session and a raw keep-alive client. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16, daemon())).build();

    static Res call(HttpClient client, String method, String url, String user, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), r.body(), System.nanoTime() - t0);
        } catch (IOException e) {
            return new Res(-1, String.valueOf(e).getBytes(StandardCharsets.UTF_8), System.nanoTime() - t0);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    record Res(int status, byte[] body, long nanos) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double millis() {
            return nanos / 1e6;
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** A signed-in browser: form login, then the encrypted session cookie. */
    static final class Session {
        final App app;
        final HttpClient client;

        Session(App app, HttpClient client) {
            this.app = app;
            this.client = client;
        }

        static Session login(App app, String user) {
            HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            try {
                // The login form is CSRF-checked (double submit): the page sets the cookie and holds the same token.
                String page = c.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                String token = Results.find(page, "name=\"csrf-token\" value=\"([^\"]+)\"");
                String form = "j_username=" + user + "&j_password=" + URLEncoder.encode("demo-" + user, StandardCharsets.UTF_8)
                        + "&csrf-token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(app.url("/j_security_check")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                check(r.statusCode() == 302 && !r.headers().firstValue("location").orElse("").contains("error"),
                        "login " + user + " -> " + r.statusCode() + " " + r.headers().map());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return new Session(app, c);
        }

        Res get(String path) {
            return Http.call(client, "GET", app.url(path), null, null);
        }

        Res postForm(String path, String form) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return new Res(r.statusCode(), r.body(), System.nanoTime() - t0);
            } catch (IOException e) {
                return new Res(-1, String.valueOf(e).getBytes(StandardCharsets.UTF_8), System.nanoTime() - t0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        Res ok(String path) {
            Res r = get(path);
            check(r.status == 200, "GET " + path + " -> " + r.status);
            return r;
        }

        /**
         * GET over a plain keep-alive socket of the calling thread, with this session's cookies: the JDK's HttpClient
         * hands every request between threads and costs about 2 ms of the two cores per request, which the
         * application would be charged for (measured: 1,000 letter pages in 3.4 s through it, 1.2 s with wrk).
         */
        Res fastOk(String path) {
            String cookies = String.join("; ", ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
                    .getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
            Res r = RawHttp.get(app.port, path, cookies);
            check(r.status == 200, "GET " + path + " -> " + r.status);
            return r;
        }
    }

    /** A minimal HTTP/1.1 client: one keep-alive connection per thread and port, GET only, for measured loops. */
    static final class RawHttp {
        private static final ThreadLocal<Map<Integer, Socket>> CONNECTIONS = ThreadLocal.withInitial(HashMap::new);

        static Res get(int port, String path, String cookies) {
            long t0 = System.nanoTime();
            Map<Integer, Socket> mine = CONNECTIONS.get();
            for (int attempt = 0; ; attempt++) {
                Socket s = mine.get(port);
                try {
                    if (s == null) {
                        s = new Socket(InetAddress.getLoopbackAddress(), port);
                        s.setTcpNoDelay(true);
                        s.setSoTimeout(120_000);
                        mine.put(port, s);
                    }
                    String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                            + (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n") + "\r\n";
                    s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    return read(new BufferedInputStream(s.getInputStream(), 65536), s, t0);
                } catch (IOException e) {
                    mine.remove(port);
                    closeQuietly(s);
                    if (attempt > 0) {
                        return new Res(-1, String.valueOf(e).getBytes(StandardCharsets.UTF_8), System.nanoTime() - t0);
                    }
                }
            }
        }

        private static Res read(BufferedInputStream in, Socket s, long t0) throws IOException {
            // BufferedInputStream is per call: a keep-alive answer is read to its exact end, so nothing is lost.
            String status = line(in);
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                body.write(in.readAllBytes());
                close = true;
            }
            if (in.available() > 0) {
                throw new IOException("unexpected bytes after the answer");
            }
            if (close) {
                CONNECTIONS.get().values().remove(s);
                closeQuietly(s);
            }
            return new Res(code, body.toByteArray(), System.nanoTime() - t0);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream(128);
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    byte[] bytes = b.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
                }
                b.write(c);
            }
            return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
        }

        private static void closeQuietly(Socket s) {
            if (s != null) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
        }
    }
}
