package bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Http.*;
import static bench.DataSet.*;

/** The lists and pages of a national-size conference. */
final class ListsBench {

    /** A national-size conference: 5,000 delegates (with invitations) and 2,000 nominations; every list in <= 100 ms. */
    static void lists() throws Exception {
        int delegates = intEnv("BENCH_LISTS_DELEGATES", 5000);
        int nominations = intEnv("BENCH_LISTS_NOMINATIONS", 2000);
        SmtpSink sink = SmtpSink.start(false);
        App a = App.start("lists", freshDatabase("bench_lists"), 18085, sink.env());
        a.waitReady(120);
        try {
            long t0 = System.nanoTime();
            long conf = createConference(a, "Hội nghị toàn quốc (đo danh sách)");
            addDelegates(a, conf, delegates);
            a.ok("POST", "/api/conferences/" + conf + "/nominations", "bochqs", nomination("INDIVIDUAL", nominations));
            int submitted = Math.min(nominations, 400);
            addNominations(a, conf, nominations, submitted, submitted / 2, false);
            a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null);
            System.out.printf("set-up: %d delegates with invitations, %d nominations (%d submitted, %d approved) in %.0f s%n",
                    delegates, nominations, submitted, submitted / 2, secs(t0));

            String c = "/api/conferences/" + conf;
            Map<String, String> api = new LinkedHashMap<>();
            api.put("/api/me", "bochqs"); // baseline: HTTP Basic authentication alone
            api.put("/api/conferences", "bochqs");
            api.put(c + "/delegates", "bochqs");
            api.put(c + "/delegates?category=GUEST", "bochqs");
            api.put(c + "/delegates/introduction", "bochqs");
            api.put(c + "/invitations", "bochqs");
            api.put(c + "/attendance", "bochqs");
            api.put(c + "/nominations", "bochqs");
            api.put(c + "/nominations/quota", "bochqs");
            api.put(c + "/nominations/awards", "bochqs");
            api.put("/api/organizations", "bochqs");
            String p = "/conferences/" + conf;
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("/conferences", "bochqs");
            pages.put(p, "bochqs");
            pages.put(p + "/introduction", "bochqs");
            pages.put(p + "/invitations", "bochqs");
            pages.put(p + "/outbox", "bochqs");
            pages.put(p + "/nominations", "bochqs");
            pages.put(p + "/nominations/review", "sonoivu");
            pages.put(p + "/nominations/decision", "vpubnd");
            pages.put(p + "/nominations/awards", "bochqs");
            pages.put("/nominations", "bochqs");
            Map<String, Session> sessions = new HashMap<>();
            int misses = 0;
            int count = 0;
            StringBuilder worst = new StringBuilder();
            double worstP95 = 0;
            for (Map.Entry<String, String> e : concat(api, pages).entrySet()) {
                boolean isPage = !e.getKey().startsWith("/api");
                Session session = isPage ? sessions.computeIfAbsent(e.getValue(), u -> Session.login(a, u)) : null;
                List<Double> times = new ArrayList<>();
                long size = 0;
                int status = 0;
                for (int i = 0; i < 23; i++) {
                    Res r = isPage ? session.get(e.getKey()) : a.call("GET", e.getKey(), e.getValue(), null);
                    status = r.status();
                    size = r.body().length;
                    if (i >= 3) {
                        times.add(r.millis());
                    }
                }
                double median = percentile(times, 50);
                double p95 = percentile(times, 95);
                boolean pass = status == 200 && p95 <= 100;
                boolean baseline = e.getKey().equals("/api/me");
                misses += pass || baseline ? 0 : 1;
                count += baseline ? 0 : 1;
                if (!baseline && p95 > worstP95) {
                    worstP95 = p95;
                    worst.setLength(0);
                    worst.append(e.getKey().replace(String.valueOf(conf), "{id}"));
                }
                System.out.printf("%-60s %3d %9d B  median %7.1f ms  p95 %7.1f ms  %s%n",
                        e.getKey(), status, size, median, p95, pass ? "PASS" : "MISS");
                result("  list " + e.getKey().replace(String.valueOf(conf), "{id}"), "<= 100 ms",
                        String.format("median %.0f ms, p95 %.0f ms, %d KB%s", median, p95, size / 1024,
                                status == 200 ? "" : ", HTTP " + status), baseline ? "INFO" : pass ? "PASS" : "MISS");
            }
            result("lists, " + delegates + " delegates + " + nominations + " nominations", "all <= 100 ms (p95 of 20)",
                    String.format("%d of %d lists within; worst %s p95 %.0f ms", count - misses, count, worst, worstP95),
                    misses == 0 ? "PASS" : "MISS");
        } finally {
            a.stop();
            sink.stop();
        }
    }

    @SafeVarargs
    static <K, V> Map<K, V> concat(Map<K, V>... maps) {
        Map<K, V> all = new LinkedHashMap<>();
        for (Map<K, V> m : maps) {
            all.putAll(m);
        }
        return all;
    }
}
