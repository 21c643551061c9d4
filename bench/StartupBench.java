package bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Tasks.*;
import static bench.Http.*;
import static bench.DataSet.*;

/** Start-up times and resident memory, with the external and the embedded database. */
final class StartupBench {

    /** One run with the embedded database: leaves the MariaDB binaries under WORK/embedded/base for bench/run. */
    static void embedded() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("TONGKET_DATA_DIR", WORK.resolve("embedded").toString());
        App a = App.start("embedded", null, 18080, env);
        double first = a.waitReady(300);
        a.stop();
        a = App.start("embedded-2", null, 18080, env);
        double second = a.waitReady(120);
        a.stop();
        result("start-up, embedded MariaDB (info)", "-", String.format("first %.1f s, again %.1f s", first, second), "INFO");
    }

    /** Start-up with the external database (schema already migrated), then resident memory after 10,000 requests. */
    static void startup() throws Exception {
        SmtpSink sink = SmtpSink.start(false);
        String db = freshDatabase("bench_startup");
        // With a JDK 25 AOT cache (BENCH_JAVA_OPTS="-XX:AOTCache=app.aot ...", BENCH_JAVA a JDK 25), this first start
        // is its training run: -XX:AOTCacheOutput instead, a few requests, then a graceful stop writes the cache.
        // With BENCH_ENTRYPOINT=true every application starts as in the Docker image, through docker/entrypoint.sh, with
        // BENCH_JAVA_OPTS as its JAVA_OPTS (the image's, the class archive in WORK/aot: this first start's graceful
        // stop writes it).
        String appOpts = env("BENCH_JAVA_OPTS", "");
        boolean aot = appOpts.contains("-XX:AOTCache=");
        if (VIA_IMAGE) {
            deleteTree(WORK.resolve("aot"));
            Files.createDirectories(WORK.resolve("aot"));
        }
        Map<String, String> firstEnv = new HashMap<>(sink.env());
        if (aot) {
            firstEnv.put("BENCH_JAVA_OPTS_OVERRIDE", appOpts.replace("-XX:AOTCache=", "-XX:AOTCacheOutput="));
        }
        App first = App.start("startup-first", db, 18086, firstEnv);
        double migrate = first.waitReady(120);
        if (aot || VIA_IMAGE) {
            for (int i = 0; i < 20; i++) {
                first.ok("GET", "/api/conferences", "bochqs", null);
                first.call("GET", "/login", null, null);
            }
        }
        first.stop(aot || VIA_IMAGE ? 300 : 60);
        List<Double> starts = new ArrayList<>();
        App a = null;
        for (int i = 0; i < 3; i++) {
            a = App.start("startup-" + i, db, 18086, sink.env());
            starts.add(a.waitReady(60));
            if (i < 2) {
                a.stop();
            }
        }
        App app = a;
        try {
            double median = percentile(starts, 50);
            result("start-up, external MariaDB, to /q/health/ready UP (" + env("BENCH_JAVA_OPTS", "default JVM options")
                            + (VIA_IMAGE ? ", docker/entrypoint.sh" : "") + ")", "<= 4 s",
                    String.format("median %.2f s of 3 (%s); first start with migrations %.1f s", median,
                            starts.stream().map(s -> String.format("%.2f", s)).toList(), migrate), median <= 4 ? "PASS" : "MISS");
            long rssStart = app.rssKb();
            JsonNode confs = app.ok("GET", "/api/conferences", "bochqs", null).json();
            long conf = confs.get(0).get("id").asLong();
            JsonNode inv = app.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null).json();
            List<String> tokens = new ArrayList<>();
            List<Long> invIds = new ArrayList<>();
            inv.forEach(i -> {
                tokens.add(i.get("token").asText());
                invIds.add(i.get("id").asLong());
            });
            int n = 10_000;
            AtomicInteger bad = new AtomicInteger();
            // Signed-in pages (session cookie) and the public answer page; the Basic-auth API is left out, as in the
            // earlier figures (when each call cost a bcrypt verification), so that the figures stay comparable.
            Session session = Session.login(app, "bochqs");
            parallel(n, 8, i -> {
                Res r = switch (i % 5) {
                    case 0, 1 -> app.call("GET", "/rsvp/" + tokens.get(i % tokens.size()), null, null);
                    case 2 -> session.get("/conferences/" + conf);
                    case 3 -> session.get("/conferences/" + conf + "/invitations");
                    default -> session.get("/conferences/" + conf + "/invitations/" + invIds.get(i % invIds.size()) + "/letter");
                };
                if (r.status() != 200) {
                    bad.incrementAndGet();
                }
                return null;
            });
            long rss = app.rssKb();
            System.out.printf("RSS at start %d MB, after %d requests %d MB, non-200: %d%n", rssStart / 1024, n, rss / 1024, bad.get());
            result("resident memory after " + n + " requests (" + env("BENCH_JAVA_OPTS", "default JVM options")
                            + (VIA_IMAGE ? ", docker/entrypoint.sh" : "") + ")", "<= 400 MB",
                    String.format("%d MB (%d MB when ready; %d non-200)", rss / 1024, rssStart / 1024, bad.get()),
                    rss / 1024 <= 400 ? "PASS" : "MISS");
        } finally {
            app.stop();
            sink.stop();
        }
        // The same requests on a bare JVM (java -jar, no options), for comparison; BENCH_RSS_OPTS=none leaves it out.
        String opts = env("BENCH_RSS_OPTS", "no JVM options");
        if (!opts.equals("none")) {
            memory(db, opts);
        }
    }

    /**
     * The same 10,000 requests on an application started with the given JVM options (what docs/operations.md
     * recommends).
     */
    static void memory(String db, String opts) throws Exception {
        SmtpSink sink = SmtpSink.start(false);
        Map<String, String> env = sink.env();
        env.put("BENCH_JAVA_OPTS_OVERRIDE", opts.equals("no JVM options") ? "" : opts);
        App app = App.start("memory", db, 18086, env);
        double ready = app.waitReady(60);
        try {
            long conf = app.ok("GET", "/api/conferences", "bochqs", null).json().get(0).get("id").asLong();
            JsonNode inv = app.ok("GET", "/api/conferences/" + conf + "/invitations", "bochqs", null).json();
            List<String> tokens = new ArrayList<>();
            List<Long> invIds = new ArrayList<>();
            inv.forEach(i -> {
                tokens.add(i.get("token").asText());
                invIds.add(i.get("id").asLong());
            });
            Session session = Session.login(app, "bochqs");
            int n = 10_000;
            long t0 = System.nanoTime();
            List<Integer> statuses = parallel(n, 8, i -> (switch (i % 5) {
                case 0, 1 -> app.call("GET", "/rsvp/" + tokens.get(i % tokens.size()), null, null);
                case 2 -> session.get("/conferences/" + conf);
                case 3 -> session.get("/conferences/" + conf + "/invitations");
                default -> session.get("/conferences/" + conf + "/invitations/" + invIds.get(i % invIds.size()) + "/letter");
            }).status());
            long bad = statuses.stream().filter(st -> st != 200).count();
            long rss = app.rssKb();
            result("resident memory after " + n + " requests (" + opts + ")", "<= 400 MB",
                    String.format("%d MB (ready in %.1f s; %d requests in %.0f s; %d non-200)", rss / 1024, ready, n, secs(t0), bad),
                    rss / 1024 <= 400 && bad == 0 ? "PASS" : opts.equals("no JVM options") && bad == 0 ? "INFO" : "MISS");
        } finally {
            app.stop();
            sink.stop();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
