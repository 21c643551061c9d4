package bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Tasks.*;
import static bench.Http.*;
import static bench.DataSet.*;
import static bench.Cpu.*;

/** Concurrent nomination submissions against a quota, through the API and the board page. */
final class QuotaBench {

    /**
     * 200 concurrent submissions against 20 free slots: through the API (HTTP Basic, as the contract says) and through
     * the organiser's board (signed-in session and CSRF form), each on a fresh conference.
     */
    static void quota() throws Exception {
        int n = 200;
        SmtpSink sink = SmtpSink.start(false);
        App a = App.start("quota", freshDatabase("bench_quota"), 18084, sink.env());
        a.waitReady(120);
        try {
            HttpClient many = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(n, daemon())).build();
            Session board = Session.login(a, "bochqs");
            // The first round meets a JVM that has not yet compiled any of this code (reported, not judged); more
            // rounds follow until one is steady (warmUntilSteady), then the measured round, as on a server that has
            // been running. BENCH_QUOTA_WARMUP_ROUNDS=1 measures the second round.
            int[] round = {0};
            int rounds = warmUntilSteady("application", intEnv("BENCH_QUOTA_WARMUP_ROUNDS", 8),
                    a.process.toHandle(), () -> quotaRound(a, many, board, n, round[0]++ == 0 ? "first" : "warm-up"));
            System.out.println("quota: " + rounds + " rounds before the measured one");
            quotaRound(a, many, board, n, "measured");
        } finally {
            a.stop();
            sink.stop();
        }
    }

    /** One round: 200 submissions at once through the API, then 200 through the board page, each on a fresh conference. */
    static void quotaRound(App a, HttpClient many, Session board, int n, String round) throws Exception {
        boolean measured = round.equals("measured");
        String label = round.equals("first") ? "first round after start, info" : round;
        long conf = createConference(a, "Hội nghị đo hạn mức khen thưởng (API, " + label + ")");
        List<Long> ids = nominationIds(a, conf, n);
        CountDownLatch gate = new CountDownLatch(1);
        Cpu cpu = new Cpu(a);
        List<Res> results = parallel(n, n, i -> {
            await(gate);
            return call(many, "POST", a.url("/api/nominations/" + ids.get(i) + "/submit"), "bochqs", null);
        }, gate);
        System.out.println("API, " + label + ": CPU " + cpu.until(new Cpu(a)));
        quotaResult(a, conf, "API, HTTP Basic" + (measured ? "" : "; " + label), results, 200, measured, !round.equals("warm-up"));

        long conf2 = createConference(a, "Hội nghị đo hạn mức khen thưởng (trang, " + label + ")");
        List<Long> ids2 = nominationIds(a, conf2, n);
        String page = board.ok("/conferences/" + conf2 + "/nominations/" + ids2.get(0)).text();
        String csrf = "csrf-token=" + URLEncoder.encode(find(page, "name=\"csrf-token\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
        CountDownLatch gate2 = new CountDownLatch(1);
        Cpu cpu2 = new Cpu(a);
        List<Res> results2 = parallel(n, n, i -> {
            await(gate2);
            return board.postForm("/conferences/" + conf2 + "/nominations/" + ids2.get(i) + "/submit", csrf);
        }, gate2);
        System.out.println("board page, " + label + ": CPU " + cpu2.until(new Cpu(a)));
        quotaResult(a, conf2, "board page, session" + (measured ? "" : "; " + label), results2, 303, measured,
                !round.equals("warm-up"));
    }

    static List<Long> nominationIds(App a, long conf, int n) throws Exception {
        // The first through the API: creating a nomination sets up the conference's quota rows (under its lock).
        a.ok("POST", "/api/conferences/" + conf + "/nominations", "bochqs", nomination("INDIVIDUAL", n));
        addNominations(a, conf, n - 1, 0, 0, true);
        return ids(a.ok("GET", "/api/conferences/" + conf + "/nominations?size=500", "bochqs", null).json()).stream().sorted().toList();
    }

    static void quotaResult(App a, long conf, String via, List<Res> results, int success, boolean judged, boolean reported)
            throws IOException {
        int n = results.size();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        results.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        long ok = results.stream().filter(r -> r.status() == success).count();
        long full = results.stream().filter(r -> r.status() == 409).count();
        long other = n - ok - full;
        List<Double> times = results.stream().map(Res::millis).toList();
        double p50 = percentile(times, 50);
        double p99 = percentile(times, 99);
        JsonNode quota = a.ok("GET", "/api/conferences/" + conf + "/nominations/quota", "bochqs", null).json();
        int used = quota.get("COLLECTIVE").get("used").asInt() + quota.get("INDIVIDUAL").get("used").asInt();
        System.out.printf("%s: statuses %s, used %d, p50 %.0f ms, p99 %.0f ms%n", via, statuses, used, p50, p99);
        if (!reported) {
            check(ok == 20 && used == 20 && other == 0, via + ": not exactly 20 succeeded");
            return;
        }
        result(n + " concurrent submissions, 20 free slots (" + via + ")", "exactly 20 succeed, p99 <= 1 s",
                String.format("%d succeeded, %d refused (409), %d other %s, quota used %d; p50 %.0f ms, p99 %.0f ms",
                        ok, full, other, statuses, used, p50, p99),
                ok == 20 && used == 20 && other == 0 ? (!judged ? "INFO" : p99 <= 1000 ? "PASS" : "MISS") : "FAIL");
    }
}
