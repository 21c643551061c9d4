package bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static bench.Bench.*;
import static bench.Results.*;
import static bench.Tasks.*;
import static bench.Http.*;
import static bench.DataSet.*;
import static bench.Cpu.*;

/** Rendering letters: 1,000 issued and fetched as HTML and PDF, against direct rendering. */
final class RenderBench {

    /** Issue 1,000 invitations and render each letter as HTML and PDF; compare with rendering the PDFs directly. */
    static void render() throws Exception {
        int n = intEnv("BENCH_RENDER_N", 1000);
        SmtpSink sink = SmtpSink.start(false);
        App a = App.start("render", freshDatabase("bench_render"), 18081, sink.env());
        a.waitReady(120);
        try {
            long conf = createConference(a, "Hội nghị đo hiệu năng giấy mời");
            addDelegates(a, conf, n);
            // Warm-up, not timed: rounds of another conference's letters (issued, then each letter page and PDF fetched
            // once, as in the measured run) until the round is steady (warmUntilSteady: no cheaper than the one before,
            // the JIT compilers at most a tenth of it; on two cores they go on compiling this code for minutes).
            // BENCH_RENDER_WARMUP_ROUNDS=1 measures right after a single round. The direct rendering warms up the same way.
            int warmN = intEnv("BENCH_RENDER_WARMUP", 200);
            int maxRounds = intEnv("BENCH_RENDER_WARMUP_ROUNDS", 12);
            Session org = Session.login(a, "bochqs");
            String letters = "/conferences/" + conf + "/invitations/";
            boolean[] apiChecked = {false};
            int appRounds = warmUntilSteady("application", maxRounds, a.process.toHandle(), () -> {
                long warm = createConference(a, "Khởi động");
                addDelegates(a, warm, warmN);
                List<Long> warmIds = ids(a.call("POST", "/api/conferences/" + warm + "/invitations", "bochqs", null).json());
                if (!apiChecked[0]) {
                    // The organiser's signed-in pages serve the same letters as /api/invitations/{id}/letter(.pdf), as a
                    // person reading them would fetch them; the API variant is checked once.
                    check(a.ok("GET", "/api/invitations/" + warmIds.get(0) + "/letter.pdf", "bochqs", null).body().length > 1000,
                            "API PDF");
                    apiChecked[0] = true;
                }
                parallel(warmIds.size(), 2, i -> org.fastOk("/conferences/" + warm + "/invitations/" + warmIds.get(i) + "/letter"));
                parallel(warmIds.size(), 2, i -> org.fastOk("/conferences/" + warm + "/invitations/" + warmIds.get(i) + "/letter.pdf"));
            });

            Cpu cpuIssue = new Cpu(a);
            long t0 = System.nanoTime();
            Res issued = a.call("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null);
            check(issued.status() == 201, "issue: " + issued);
            double issueS = secs(t0);
            List<Long> ids = ids(issued.json());
            check(ids.size() == n, "issued " + ids.size());
            Cpu cpuHtml = new Cpu(a);
            long tHtml = System.nanoTime();
            List<String> htmls = parallel(n, 2, i -> org.fastOk(letters + ids.get(i) + "/letter").text());
            double htmlS = secs(tHtml);
            Cpu cpuPdf = new Cpu(a);
            long tPdf = System.nanoTime();
            List<byte[]> pdfs = parallel(n, 2, i -> org.fastOk(letters + ids.get(i) + "/letter.pdf").body());
            double pdfS = secs(tPdf);
            double appS = secs(t0);
            Cpu cpuEnd = new Cpu(a);
            double appCpu = cpuEnd.app() - cpuIssue.app() + cpuEnd.db() - cpuIssue.db();
            System.out.printf("HTML letters %.2f s (CPU %s), PDF letters %.2f s (CPU %s)%n", htmlS, cpuHtml.until(cpuPdf),
                    pdfS, cpuPdf.until(cpuEnd));
            check(pdfs.stream().allMatch(p -> new String(p, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")), "not a PDF");

            // Direct: the same documents (the letter HTML with the print CSS) through openhtmltopdf, same fonts and threads.
            List<String> printable = htmls.stream().map(RenderBench::printable).toList();
            int[] round = {0};
            int directRounds = warmUntilSteady("direct rendering", maxRounds, ProcessHandle.current(),
                    () -> {
                        int first = round[0]++ * warmN;
                        parallel(warmN, 2, i -> Pdf.render(printable.get((first + i) % n)));
                    });
            // The warm-up drew these letters' QR codes already: forgotten, so that each letter's code is encoded here as
            // it is in the application (once for a letter's page and PDF).
            vn.tongket.document.QrMatrix.forgetAll();
            double directCpu0 = Cpu.of(ProcessHandle.current());
            long t1 = System.nanoTime();
            parallel(n, 2, i -> Pdf.render(printable.get(i)));
            double directS = secs(t1);
            double directCpu = Cpu.of(ProcessHandle.current()) - directCpu0;
            double ratio = appS / directS;
            check(printable.get(0).contains("application/x-qr-code"), "printable letter has the QR object");
            parallel(warmN, 2, i -> PlainPdf.render(printable.get(i % n)));
            long t2 = System.nanoTime();
            parallel(n, 2, i -> PlainPdf.render(printable.get(i)));
            double plainS = secs(t2);
            System.out.printf("issue %.2f s, issue+HTML+PDF %.2f s, direct PDF %.2f s, ratio %.2f, openhtmltopdf as it comes %.2f s;"
                    + " warm-up rounds of %d letters: application %d, direct %d%n", issueS, appS, directS, ratio, plainS, warmN,
                    appRounds, directRounds);
            result("issue + render " + n + " letters (HTML and PDF)", "<= 20 s", String.format("%.1f s (issue %.1f s)", appS, issueS),
                    appS <= 20 ? "PASS" : "MISS");
            result("  ratio to direct openhtmltopdf rendering", "<= 1.5x",
                    String.format("%.2fx (direct %.1f s); CPU seconds %.1f (application and database) to %.1f, %.2fx", ratio,
                            directS, appCpu, directCpu, appCpu / directCpu), ratio <= 1.5 ? "PASS" : "MISS");
            result("  the same PDFs, openhtmltopdf as it comes (info)", "-", String.format("%.1f s", plainS), "INFO");
        } finally {
            a.stop();
            sink.stop();
        }
    }

    /**
     * The letter page's HTML as the PDF template renders it: without the screen margin, and with the QR code as the
     * PDF's vector object (content: the answer link) instead of the page's PNG.
     */
    static String printable(String html) {
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\" class=\"answer-link\">").matcher(html);
        check(link.find(), "answer link in the letter");
        return html.replace("body { max-width: 165mm; margin: 10mm auto; }", "")
                .replaceFirst("<img src=\"data:image/png;base64,[^\"]*\" alt=\"QR\" width=\"110\" height=\"110\"/>",
                        Matcher.quoteReplacement("<object type=\"application/x-qr-code\" data-content=\"" + link.group(1)
                                + "\" width=\"110\" height=\"110\"></object>"));
    }

    /** The application's own renderer (vn.tongket.document.PdfRenderer: fonts, QR drawer), outside the application. */
    static final class Pdf {
        static final vn.tongket.document.PdfRenderer RENDERER = new vn.tongket.document.PdfRenderer();

        static byte[] render(String xhtml) {
            return RENDERER.render(xhtml);
        }
    }

    /** openhtmltopdf as it comes (fonts parsed for every document, with their GSUB tables), for comparison only. */
    static final class PlainPdf {
        static final byte[][] FACES = {font("LiberationSerif-Regular.ttf"), font("LiberationSerif-Bold.ttf"),
                font("LiberationSerif-Italic.ttf"), font("LiberationSerif-BoldItalic.ttf")};

        @SuppressWarnings("deprecation") // useFastMode(): the library as it comes, as it was measured
        static byte[] render(String xhtml) {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                for (int i = 0; i < FACES.length; i++) {
                    byte[] face = FACES[i];
                    builder.useFont(() -> new ByteArrayInputStream(face), "Times New Roman", i % 2 == 0 ? 400 : 700,
                            i < 2 ? BaseRendererBuilder.FontStyle.NORMAL : BaseRendererBuilder.FontStyle.ITALIC, true);
                }
                builder.withHtmlContent(xhtml, null);
                builder.toStream(out);
                builder.run();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static byte[] font(String name) {
            try (InputStream in = PlainPdf.class.getClassLoader().getResourceAsStream("liberation/" + name)) {
                check(in != null, "font " + name + " not on the classpath (openpdf-fonts-extra)");
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
