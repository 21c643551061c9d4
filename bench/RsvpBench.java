package bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Tasks.*;
import static bench.Http.*;
import static bench.DataSet.*;
import static bench.Cpu.*;

/** The public answer page under wrk. */
final class RsvpBench {

    /** The public answer page under wrk: 50 connections, many tokens. */
    static void rsvp() throws Exception {
        SmtpSink sink = SmtpSink.start(false);
        Map<String, String> appEnv = sink.env();
        // BENCH_RSVP_CACHE_TTL=PT0S measures the page built from the database on every request.
        String ttl = env("BENCH_RSVP_CACHE_TTL", "PT2S");
        appEnv.put("TONGKET_RSVP_CACHE_TTL", ttl);
        App a = App.start("rsvp", freshDatabase("bench_rsvp"), 18083, appEnv);
        a.waitReady(120);
        try {
            long conf = createConference(a, "Hội nghị đo trang trả lời");
            addDelegates(a, conf, 300);
            JsonNode issued = a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null).json();
            List<String> tokens = new ArrayList<>();
            issued.forEach(i -> tokens.add(i.get("token").asText()));
            Res page = a.call("GET", "/rsvp/" + tokens.get(0), null, null);
            check(page.status() == 200 && page.text().contains("GIẤY MỜI"), "answer page: " + page.status());
            Path lua = WORK.resolve("rsvp.lua");
            StringBuilder s = new StringBuilder("tokens = {");
            tokens.forEach(t -> s.append('"').append(t).append("\",\n"));
            s.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                    + "  return wrk.format(\"GET\", \"/rsvp/\" .. tokens[(counter % #tokens) + 1])\nend\n");
            Files.writeString(lua, s);
            String url = "http://127.0.0.1:" + a.port;
            // Warm-up (not measured), with the thread dumps: each starts a jcmd JVM and stops the application at a
            // safepoint, which would show in the measured run's latencies.
            Future<String> sampled = Executors.newSingleThreadExecutor(daemon()).submit(() -> profile(a, 10));
            run(List.of("wrk", "-t2", "-c50", "-d10s", "-s", lua.toString(), url), 60);
            System.out.println("where the busy request threads were (10 thread dumps during the warm-up): " + sampled.get());
            String duration = env("BENCH_RSVP_DURATION", "20s");
            List<String> cmd = List.of("wrk", "-t2", "-c50", "-d" + duration, "--latency", "-s", lua.toString(), url);
            String out = run(cmd, 120);
            System.out.println(out);
            double rps = Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)"));
            double p99 = millis(find(out, "99%\\s+([0-9.]+[a-z]+)"));
            double p50 = millis(find(out, "50%\\s+([0-9.]+[a-z]+)"));
            String non2xx = findOr(out, "Non-2xx or 3xx responses:\\s+(\\d+)", "0");
            String errors = findOr(out, "Socket errors:([^\\n]*)", "none");
            boolean pass = rps >= 1000 && p99 <= 50 && non2xx.equals("0");
            result("GET /rsvp/{token}, wrk 50 conns, " + duration + ", page kept " + ttl, ">= 1000 req/s, p99 <= 50 ms",
                    String.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms, non-2xx %s, socket errors %s", rps, p50, p99, non2xx, errors.trim()),
                    pass ? "PASS" : "MISS", "bench/run rsvp (wrk -t2 -c50 -d" + duration + " --latency -s rsvp.lua)");
        } finally {
            a.stop();
            sink.stop();
        }
    }
}
