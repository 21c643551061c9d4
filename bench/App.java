package bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static bench.Bench.*;
import static bench.Tasks.*;
import static bench.Http.*;

/** The packaged application under test, started as a process of its own with the settings of a deployment. */
final class App {
    final String name;
    final int port;
    final Process process;
    final Path log;
    final String db;
    final long started = System.nanoTime();

    private App(String name, String db, int port, Process process, Path log) {
        this.name = name;
        this.db = db;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the packaged application; db null means the embedded database. */
    static App start(String name, String db, int port, Map<String, String> extra) throws IOException {
        Path log = WORK.resolve("logs").resolve(name + ".log");
        List<String> cmd = new ArrayList<>(List.of(javaBin()));
        String opts = extra.getOrDefault("BENCH_JAVA_OPTS_OVERRIDE", System.getenv("BENCH_JAVA_OPTS"));
        if (opts != null && !opts.isBlank()) {
            cmd.addAll(List.of(opts.trim().split("\\s+")));
        }
        // An AppCDS archive or AOT cache records the class path as written at dump time ("quarkus-run.jar",
        // relative to the application's folder): with one, start from that folder as the Docker image does.
        boolean cds = opts != null && (opts.contains("SharedArchiveFile") || opts.contains("AOTCache"));
        Path appDir = APP.resolve("target/quarkus-app");
        cmd.addAll(List.of("-jar", cds ? "quarkus-run.jar" : appDir.resolve("quarkus-run.jar").toString()));
        if (VIA_IMAGE) {
            cmd = List.of("sh", APP.resolve("docker/entrypoint.sh").toString());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cds || VIA_IMAGE ? appDir.toFile() : WORK.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("TONGKET_"));
        if (VIA_IMAGE) {
            env.put("JAVA", javaBin());
            env.put("JAVA_OPTS", opts == null ? "" : opts);
            env.put("TONGKET_APP_DIR", appDir.toString());
        }
        env.put("TONGKET_DEMO", "true");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("TONGKET_BASE_URL", "http://127.0.0.1:" + port);
        env.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", SESSION_KEY);
        if (db != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://127.0.0.1:" + DB_PORT + "/" + db
                    + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true");
            env.put("QUARKUS_DATASOURCE_USERNAME", "root");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        }
        env.putAll(extra);
        Files.writeString(log, "\n=== " + String.join(" ", cmd) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        App app = new App(name, db, port, pb.start(), log);
        RUNNING.add(app);
        return app;
    }

    /** Seconds from the process start until /q/health/ready answers 200. */
    double waitReady(int timeoutS) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (System.nanoTime() < deadline) {
            check(process.isAlive(), name + " exited with " + (process.isAlive() ? "?" : process.exitValue()) + ", see " + log);
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return secs(started);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            sleep(20);
        }
        throw new IllegalStateException(name + " not ready in " + timeoutS + " s, see " + log);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Res call(String method, String path, String user, String json) {
        return Http.call(HTTP, method, url(path), user, json);
    }

    Res ok(String method, String path, String user, String json) {
        Res r = call(method, path, user, json);
        check(r.status() >= 200 && r.status() < 300, method + " " + path + " -> " + r.status() + " " + r.text());
        return r;
    }

    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    /** Lines matching since this run started (the log file keeps earlier runs above their "=== " lines). */
    long logCount(String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        List<String> lines = Files.readAllLines(log);
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("=== ")) {
                start = i;
            }
        }
        return lines.subList(start, lines.size()).stream().filter(l -> p.matcher(l).find()).count();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor(30, TimeUnit.SECONDS);
        RUNNING.remove(this);
    }

    void stop() throws InterruptedException {
        stop(60);
    }

    /** SIGTERM, then SIGKILL after {@code seconds} (an AOT training run writes its cache while exiting). */
    void stop(int seconds) throws InterruptedException {
        if (!process.isAlive()) {
            RUNNING.remove(this);
            return;
        }
        process.destroy(); // SIGTERM: graceful shutdown (stops an embedded database too)
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        RUNNING.remove(this);
    }

    static final Set<App> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(a -> a.process.destroyForcibly())));
    }

    /** The application's JVM: BENCH_JAVA (for instance a JDK 25 with an AOT cache), else the driver's own. */
    static String javaBin() {
        String chosen = System.getenv("BENCH_JAVA");
        return chosen != null && !chosen.isBlank() ? chosen : Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
