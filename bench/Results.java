package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bench.Bench.*;

/** The results file and the figures read from tools' output. */
final class Results {

    /** The bench/run command that measures the running family again, written beside each of its results. */
    static String command = "bench/run";

    static void result(String name, String target, String measured, String verdict) throws IOException {
        result(name, target, measured, verdict, command);
    }

    static void result(String name, String target, String measured, String verdict, String cmd) throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String line = String.join("\t", name, target, measured + " [load " + load + "]", verdict, cmd) + "\n";
        System.out.print("RESULT " + line);
        Files.writeString(WORK.resolve("results.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        check(m.find(), "no " + regex + " in:\n" + text);
        return m.group(1);
    }

    static String findOr(String text, String regex, String fallback) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    /** wrk's "1.23ms", "850.00us", "1.02s" in milliseconds. */
    static double millis(String value) {
        Matcher m = Pattern.compile("([0-9.]+)([a-z]+)").matcher(value);
        check(m.matches(), value);
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> throw new IllegalStateException(value);
        };
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
