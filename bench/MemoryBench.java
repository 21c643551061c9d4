package bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The memory benchmark of issue 16 (not a test): 400 parallel requests on public document links and 200 on letter PDFs
 * against the packaged application under its production options (-Xmx192m, C1 only); reports the status counts and the peak
 * resident size (VmHWM). Target: no 5xx other than 503, and under 400 MB resident (bench/run memory).
 */
final class MemoryBench {

    static final int DOCUMENT_REQUESTS = Bench.intEnv("BENCH_MEMORY_DOCUMENTS", 400);
    static final int LETTER_REQUESTS = Bench.intEnv("BENCH_MEMORY_LETTERS", 200);

    static void memory() throws Exception {
        App a = App.start("memory", DataSet.freshDatabase("bench_memory"), 18090, Map.of());
        a.waitReady(180);
        try {
            run(a);
        } finally {
            a.stop();
        }
    }

    static void run(App a) throws Exception {
        long conf = DataSet.createConference(a, "Hội nghị đo bộ nhớ");
        DataSet.addDelegates(a, conf, LETTER_REQUESTS);
        var invitations = a.ok("POST", "/api/conferences/" + conf + "/invitations", "bochqs", null).json();
        List<Long> ids = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        invitations.forEach(i -> {
            ids.add(i.get("id").asLong());
            tokens.add(i.get("token").asText());
        });
        long presentation = presentationWithScan(a, conf);
        System.out.printf("arranged: %d invitations, a presentation of a %d KB scan; resident before the floods %d MB%n",
                ids.size(), SCAN_BYTES / 1024, kb(a, "VmRSS") / 1024);

        // Public links: the set's page, its programme and the presentation, through many delegates' tokens at once.
        String[] documents = {"", "/programme", "/presentation-" + presentation};
        HttpClient anonymous = client();
        Map<Integer, Integer> documentStatus = flood(DOCUMENT_REQUESTS, i -> Http.call(anonymous, "GET",
                a.url("/documents/" + tokens.get(i % tokens.size()) + documents[i % documents.length]), null, null));
        // Letters: each invitation's own PDF, as the organiser reading them (signed in, no password check a request).
        Http.Session organiser = Http.Session.login(a, "bochqs");
        Map<Integer, Integer> letterStatus = flood(LETTER_REQUESTS, i -> organiser.get(
                "/conferences/" + conf + "/invitations/" + ids.get(i % ids.size()) + "/letter.pdf"));

        long peakKb = kb(a, "VmHWM");
        long nowKb = kb(a, "VmRSS");
        boolean alive = a.process.isAlive() && a.call("GET", "/q/health/ready", null, null).status() == 200;
        boolean only503 = only(documentStatus) && only(letterStatus);
        String measured = String.format("documents %s, letters %s; peak RSS %d MB (now %d MB)%s", documentStatus,
                letterStatus, peakKb / 1024, nowKb / 1024, alive ? "" : "; NOT READY AFTERWARDS");
        Results.result("memory: " + DOCUMENT_REQUESTS + " document + " + LETTER_REQUESTS + " letter requests at once",
                "no 5xx but 503, < 400 MB resident", measured, only503 && alive && peakKb < 400 * 1024 ? "PASS" : "MISS");
    }

    interface Request {
        Http.Res send(int i);
    }

    /** n requests released together (each on its own thread); the count of each status (-1: no answer). */
    static Map<Integer, Integer> flood(int n, Request request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Http.Res> answers = Tasks.parallel(n, n, i -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return request.send(i);
        }, gate);
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    static boolean only(Map<Integer, Integer> counts) {
        return counts.keySet().stream().allMatch(s -> (s >= 200 && s < 500) || s == 503);
    }

    static final int SCAN_BYTES = 3 * 1024 * 1024;

    /** A presentation accepted on the agenda whose file is a scanned page (random pixels: about 3 MB). */
    static long presentationWithScan(App a, long conf) throws IOException {
        String base = "/api/conferences/" + conf + "/presentations";
        long id = a.ok("POST", base, "bochqs", """
                {"organization": "Ban CHQS huyện Hiệp Hòa", "email": "thamluan@bench.test",
                 "title": "Xây dựng khu vực phòng thủ vững chắc", "dueOn": "%d-11-30"}"""
                .formatted(java.time.LocalDate.now().getYear() + 1)).json().get("id").asLong();
        HttpRequest upload = HttpRequest.newBuilder(URI.create(a.url(base + "/" + id + "/draft?fileName=tham-luan.pdf")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("bochqs:demo-bochqs".getBytes()))
                .header("Content-Type", "application/octet-stream").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(scan())).build();
        try {
            int status = Http.HTTP.send(upload, HttpResponse.BodyHandlers.discarding()).statusCode();
            Bench.check(status == 200, "draft upload -> " + status);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        int year = java.time.LocalDate.now().getYear() + 1;
        a.ok("POST", base + "/" + id + "/accept", "bochqs", """
                {"startsAt": "%d-12-08T09:00", "endsAt": "%d-12-08T09:15", "presenter": "Đồng chí Lê Văn Tâm"}"""
                .formatted(year, year));
        return id;
    }

    static byte[] scan() throws IOException {
        int side = (int) Math.sqrt(SCAN_BYTES / 3.0);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(400);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.drawImage(LosslessFactory.createFromImage(doc, image), 20, 20, 570, 570);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** A line of /proc/PID/status, in kB. */
    static long kb(App a, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + a.process.pid() + "/status")).stream()
                .filter(l -> l.startsWith(field + ":")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst().orElse(-1L);
    }
}
