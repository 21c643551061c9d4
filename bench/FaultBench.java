package bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Tasks.*;
import static bench.Http.*;
import static bench.DataSet.*;
import static bench.MailBench.*;

/** Fault scripts: SMTP down, two instances on one database, SIGKILL while sending. */
final class FaultBench {

    /**
     * SIGKILL in the middle of sending 500 mails, start again: none lost; a mail the server accepted just before the
     * kill, and not yet recorded, goes out again with the same Message-ID: at most one per sender worker.
     */
    static void faultKill() throws Exception {
        int n = 500;
        SmtpSink sink = SmtpSink.start(false);
        Map<String, String> env = sink.mailEnv();
        env.put("TONGKET_MAIL_STUCK_AFTER", env("BENCH_STUCK_AFTER", "PT30S"));
        String db = freshDatabase("bench_fault_kill");
        App a = App.start("fault-kill-1", db, 18087, env);
        a.waitReady(120);
        App b = null;
        try {
            long conf = createConference(a, "Sự cố: dừng đột ngột khi gửi");
            addDelegates(a, conf, n);
            a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null);
            a.ok("POST", "/api/conferences/" + conf + "/invitations/send", "bochqs", null);
            // In the middle of the run, while each of the sender's workers holds a mail.
            waitFor(300, () -> sink.total.get() >= n * 2 / 5 + 7);
            a.kill();
            int atKill = sink.total.get();
            System.out.printf("SIGKILL after %d of %d mails arrived%n", atKill, n);
            b = App.start("fault-kill-2", db, 18087, env);
            b.waitReady(120);
            App restarted = b;
            boolean settled = waitFor(300, () -> settled(restarted, conf, n));
            Thread.sleep(3000);
            JsonNode counts = attendance(b, conf);
            String once = sink.exactlyOnce(recipients(n));
            SmtpSink.Tally tally = sink.tally(recipients(n));
            int workers = intEnv("TONGKET_MAIL_WORKERS", 4);
            System.out.println("after restart: " + once + "; " + tally + "; attendance " + counts);
            result("fault: SIGKILL mid-send of " + n + " mails, restart",
                    "0 lost, at most " + workers + " twice (one per worker), same Message-ID",
                    String.format("killed at %d arrived; after restart %s (%s); outbox sent %d, failed %d%s", atKill, once,
                            tally, counts.get("sent").asInt(), counts.get("failed").asInt(),
                            settled ? "" : " (not settled in 300 s)"),
                    tally.missing() == 0 && tally.extra() <= workers && tally.sameMessageId() ? "PASS" : "FAIL");
        } finally {
            if (b != null) {
                b.stop();
            }
            a.stop();
            sink.stop();
        }
    }

    /** Two instances, one database, both sending the same conference's invitations at once. */
    static void faultTwoInstances() throws Exception {
        int n = 500;
        SmtpSink sink = SmtpSink.start(false);
        Map<String, String> env = sink.mailEnv();
        String db = freshDatabase("bench_fault_two");
        App a = App.start("fault-two-a", db, 18088, env);
        a.waitReady(120);
        App b = App.start("fault-two-b", db, 18089, env);
        b.waitReady(120);
        try {
            long conf = createConference(a, "Sự cố: hai máy chủ cùng gửi");
            addDelegates(a, conf, n);
            a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null);
            CountDownLatch gate = new CountDownLatch(1);
            List<Res> sends = parallel(2, 2, i -> {
                await(gate);
                return (i == 0 ? a : b).call("POST", "/api/conferences/" + conf + "/invitations/send", "bochqs", null);
            }, gate);
            int queued = sends.stream().mapToInt(r -> r.status() == 202 ? r.json().get("queued").asInt() : 0).sum();
            boolean settled = waitFor(300, () -> settled(a, conf, n));
            Thread.sleep(5000);
            String once = sink.exactlyOnce(recipients(n));
            long byA = a.logCount("Mail \\d+ sent to");
            long byB = b.logCount("Mail \\d+ sent to");
            System.out.printf("queued %d (%s), %s, sent by A %d, by B %d%n", queued,
                    sends.stream().map(r -> String.valueOf(r.status())).toList(), once, byA, byB);
            result("fault: two instances send the same " + n + " invitations at once", "no mail twice, none missing",
                    String.format("queued %d in all; %s; instance A sent %d, B sent %d%s", queued, once, byA, byB,
                            settled ? "" : " (not settled in 300 s)"),
                    once.startsWith("exactly") && queued == n ? "PASS" : "FAIL");
        } finally {
            a.stop();
            b.stop();
            sink.stop();
        }
    }

    /** The SMTP server refuses connections while 200 mails are queued and comes back after 2 minutes. */
    static void faultSmtpDown() throws Exception {
        int n = 200;
        long outageS = intEnv("BENCH_OUTAGE_SECONDS", 120);
        SmtpSink sink = SmtpSink.start(false);
        Map<String, String> env = sink.mailEnv();
        String delays = env("BENCH_RETRY_DELAYS", "PT30S,PT1M,PT2M,PT5M,PT15M,PT30M");
        env.put("TONGKET_MAIL_RETRY_DELAYS", delays);
        App a = App.start("fault-smtp", freshDatabase("bench_fault_smtp"), 18090, env);
        a.waitReady(120);
        try {
            long conf = createConference(a, "Sự cố: máy chủ thư ngừng");
            addDelegates(a, conf, n);
            a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null);
            sink.down();
            long t0 = System.nanoTime();
            a.ok("POST", "/api/conferences/" + conf + "/invitations/send", "bochqs", null);
            Thread.sleep(outageS * 1000);
            int duringOutage = sink.total.get();
            sink.up();
            long up = System.nanoTime();
            boolean all = waitFor(600, () -> sink.total.get() >= n);
            double afterUp = secs(up);
            Thread.sleep(5000);
            String once = sink.exactlyOnce(recipients(n));
            System.out.printf("outage %d s, arrived during outage %d, all arrived %.0f s after the server came back (%.0f s in all): %s%n",
                    outageS, duringOutage, afterUp, secs(t0), once);
            result("fault: SMTP refuses for " + outageS + " s while " + n + " mails queued", "all arrive exactly once",
                    String.format("%s; last one %.0f s after the server came back (retry delays %s)%s", once, afterUp, delays,
                            all ? "" : " (timed out)"), once.startsWith("exactly") ? "PASS" : "FAIL");
        } finally {
            a.stop();
            sink.stop();
        }
    }
}
