package bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import static bench.Bench.*;

/** Threads, waits and child processes of the driver. */
final class Tasks {

    static <T> List<T> parallel(int n, int threads, IntFunction<T> task) throws Exception {
        return parallel(n, threads, task, null);
    }

    /** Runs task(0..n-1) on a pool of threads; when gate is given, opens it once every task is waiting on it. */
    static <T> List<T> parallel(int n, int threads, IntFunction<T> task, CountDownLatch gate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, threads), daemon());
        try {
            CountDownLatch ready = new CountDownLatch(n);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    return task.apply(k);
                }));
            }
            if (gate != null) {
                check(ready.await(60, TimeUnit.SECONDS), "tasks not started");
                sleep(200);
                gate.countDown();
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(900, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
    }

    static void await(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 200 ms until the condition holds or the time is up; returns whether it held. */

    static boolean waitFor(int timeoutS, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutS);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(200);
        }
        return condition.getAsBoolean();
    }

    static String run(List<String> cmd, int timeoutS) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        check(p.waitFor(timeoutS, TimeUnit.SECONDS), String.join(" ", cmd) + " timed out");
        return new String(out, StandardCharsets.UTF_8);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
