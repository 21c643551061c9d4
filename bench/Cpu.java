package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static bench.Bench.*;
import static bench.Tasks.*;

/** CPU seconds so far of the application, the database server and this driver, to say where a phase's time went. */
record Cpu(double app, double db, double driver) {
    Cpu(App a) {
        this(of(a.process.toHandle()), of(databaseProcess()), of(ProcessHandle.current()));
    }

    String until(Cpu later) {
        return String.format("application %.2f s, database %.2f s, driver %.2f s", later.app - app, later.db - db,
                later.driver - driver);
    }

    private static ProcessHandle databaseProcess() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(WORK.resolve("db.pid")).trim())).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** CPU seconds so far of one process (0 when it is not known). */
    static double of(ProcessHandle p) {
        return p == null ? 0 : p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** A measured phase: the CPU of the processes and of the application's threads from its start to end(). */
    record Phase(App app, Cpu cpu, ThreadCpu threads) {
        Phase(App a) {
            this(a, new Cpu(a), ThreadCpu.of(a.process.toHandle()));
        }

        /** "CPU application 2.04 s, ...; application threads: mail-sender-N 0.86 s, ...". */
        String end() {
            return "CPU " + cpu.until(new Cpu(app)) + "; application threads: "
                    + threads.until(ThreadCpu.of(app.process.toHandle()), 8);
        }
    }

    /**
     * CPU seconds of one process's threads, grouped by name with numbers folded ("mail-sender-N", "GC Thread#N",
     * "C2 CompilerThre"), read from /proc: where a phase's application CPU went, JIT and GC included.
     */
    record ThreadCpu(Map<String, Double> seconds) {
        static ThreadCpu of(ProcessHandle p) {
            Map<String, Double> groups = new HashMap<>();
            double tick = 100.0; // USER_HZ on Linux
            try (var tasks = Files.list(Path.of("/proc", String.valueOf(p.pid()), "task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                        String name = stat.substring(open + 1, close).replaceAll("\\d+", "N");
                        String[] f = stat.substring(close + 2).split(" ");
                        double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick; // utime, stime
                        groups.merge(name, cpu, Double::sum);
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                return new ThreadCpu(Map.of());
            }
            return new ThreadCpu(groups);
        }

        /** CPU seconds of the JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"). */
        double compilers() {
            return seconds.entrySet().stream().filter(e -> e.getKey().contains("Compiler")).mapToDouble(Map.Entry::getValue).sum();
        }

        /**
         * Waits, up to maxSeconds, until the JIT compilers of p use less than 5 % of a core over a second: after a
         * warm-up they can go on for tens of seconds on two cores, compiling what the rounds made hot, and would
         * otherwise be measured as part of the next phase. Returns the seconds waited.
         */
        static int waitCompilersQuiet(ProcessHandle p, int maxSeconds) {
            for (int waited = 0; waited < maxSeconds; waited++) {
                ThreadCpu before = of(p);
                sleep(1000);
                if (of(p).compilers() - before.compilers() < 0.05) {
                    return waited + 1;
                }
            }
            return maxSeconds;
        }

        /** "mail-sender-N 1.52 s, vert.x-eventloo 0.80 s, ...": the groups that used the most since this snapshot. */
        String until(ThreadCpu later, int top) {
            Map<String, Double> diff = new HashMap<>();
            later.seconds.forEach((k, v) -> diff.put(k, v - seconds.getOrDefault(k, 0.0)));
            return diff.entrySet().stream().filter(e -> e.getValue() >= 0.01)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                    .map(e -> String.format("%s %.2f s", e.getKey(), e.getValue())).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** Counts, over a few thread dumps, the running request threads by what they were doing. */
    static String profile(App a, int dumps) throws Exception {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int d = 0; d < dumps; d++) {
            sleep(700);
            String dump = run(List.of(jcmd, String.valueOf(a.process.pid()), "Thread.print"), 30);
            for (String thread : dump.split("\n\n")) {
                if (!thread.contains("executor-thread") || !thread.contains("RUNNABLE")) {
                    continue;
                }
                String what = thread.contains("QrCodes") ? "QR code PNG" : thread.contains("BCrypt") ? "bcrypt"
                        : thread.contains("io.quarkus.qute") ? "Qute rendering" : thread.contains("com.mysql") ? "JDBC"
                        : thread.contains("org.hibernate") ? "Hibernate" : "other";
                counts.merge(what, 1, Integer::sum);
            }
        }
        return counts.toString();
    }

    interface Round {
        void run() throws Exception;
    }

    /**
     * Runs warm-up rounds until one costs process at least 95 % of the CPU seconds of the round before and its JIT
     * compiler threads took at most a tenth of it (they are nearly done with the code), three rounds at least and
     * maxRounds at most. Prints each round's CPU seconds and the JIT's part; returns the number of rounds run.
     */
    static int warmUntilSteady(String what, int maxRounds, ProcessHandle process, Round round) throws Exception {
        double previous = Double.MAX_VALUE;
        StringBuilder costs = new StringBuilder();
        for (int r = 1; ; r++) {
            double before = Cpu.of(process);
            ThreadCpu threads = ThreadCpu.of(process);
            round.run();
            double cost = Cpu.of(process) - before;
            double jit = ThreadCpu.of(process).compilers() - threads.compilers();
            costs.append(String.format(r == 1 ? "%.2f (JIT %.2f)" : ", %.2f (JIT %.2f)", cost, jit));
            // Steady: no cheaper than 95 % of the round before, from the third round on, and the JIT compilers took at
            // most a tenth of the round (on two cores they go on compiling this code for minutes after start).
            if (r >= maxRounds || (r >= 3 && cost >= 0.95 * previous && jit <= 0.1 * cost)) {
                System.out.printf("warm-up of %s: %d rounds, CPU seconds per round %s%n", what, r, costs);
                return r;
            }
            previous = cost;
        }
    }
}
