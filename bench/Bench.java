package bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmarks and fault scripts for Tổng kết, run against the packaged application (see bench/run).
 * Usage: javac -d CLASSES -cp APPCP bench/*.java, then java -cp CLASSES:APPCP bench.Bench COMMAND, where APPCP is
 * "APP/target/quarkus-app/lib/main/*:APP/target/quarkus-app/lib/boot/*:APP/target/quarkus-app/app/*" (bench/run does both).
 * One file per benchmark family (RenderBench, MailBench, ...); the application, HTTP, SMTP sink, CPU and results apart.
 * Settings from the environment: BENCH_APP_DIR, BENCH_WORK_DIR, BENCH_DB_PORT (external MariaDB on 127.0.0.1).
 * Each benchmark appends "name TAB target TAB measured TAB PASS|MISS|INFO TAB command" to WORK/results.tsv.
 */
public class Bench {

    static final Path APP = Path.of(env("BENCH_APP_DIR", ".")).toAbsolutePath().normalize();
    static final Path WORK = Path.of(env("BENCH_WORK_DIR", APP.resolve("target/bench").toString())).toAbsolutePath();
    /** BENCH_ENTRYPOINT=true: every application starts as in the Docker image, through docker/entrypoint.sh. */
    static final boolean VIA_IMAGE = Boolean.parseBoolean(env("BENCH_ENTRYPOINT", "false"));
    static final int DB_PORT = Integer.parseInt(env("BENCH_DB_PORT", "13306"));
    static final String SESSION_KEY = "bench-only-session-key-0123456789abcdef";

    public static void main(String[] args) throws Exception {
        Files.createDirectories(WORK.resolve("logs"));
        String what = args.length == 0 ? "help" : args[0];
        Results.command = "bench/run " + what;
        switch (what) {
            case "embedded" -> StartupBench.embedded();
            case "render" -> RenderBench.render();
            case "mail" -> MailBench.mail();
            case "rsvp" -> RsvpBench.rsvp();
            case "quota" -> QuotaBench.quota();
            case "lists" -> ListsBench.lists();
            case "startup" -> StartupBench.startup();
            case "memory" -> MemoryBench.memory();
            case "fault-kill" -> FaultBench.faultKill();
            case "fault-two" -> FaultBench.faultTwoInstances();
            case "fault-smtp" -> FaultBench.faultSmtpDown();
            default -> {
                System.err.println("usage: Bench embedded|render|mail|rsvp|quota|lists|startup|memory|fault-kill|fault-two|fault-smtp");
                System.exit(2);
            }
        }
        System.exit(0);
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
