package vn.tongket.document;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renderer's shared parts (pooled parsed fonts, fonts without GSUB) give every document its own text intact. */
class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @Test
    void fontWithoutGsubKeepsEveryOtherTableAndGlyph() throws Exception {
        byte[] original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
            original = in.readAllBytes();
        }
        var before = new TTFParser().parse(new RandomAccessReadBuffer(original));
        var after = new TTFParser().parse(new RandomAccessReadBuffer(FontTables.without(original, Set.of("GSUB"))));
        assertNotNull(before.getTableMap().get("GSUB"), "the original has a GSUB table");
        assertFalse(after.getTableMap().containsKey("GSUB"));
        assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
        assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
        for (int c : "Ặẫỹđơư".codePoints().toArray()) {
            int gid = before.getUnicodeCmapLookup().getGlyphId(c);
            assertTrue(gid > 0);
            assertEquals(gid, after.getUnicodeCmapLookup().getGlyphId(c));
            assertEquals(before.getAdvanceWidth(gid), after.getAdvanceWidth(gid));
            assertEquals(before.getGlyph().getGlyph(gid).getBoundingBox().toString(),
                    after.getGlyph().getGlyph(gid).getBoundingBox().toString());
        }
    }

    @Test
    void concurrentDocumentsEachExtractTheirOwnTextInAllFourFaces() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                texts.add(pool.submit(() -> text(RENDERER.render(document(n)))));
            }
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).get();
                // "fi", "ffl": no ligature glyph replaces them, so the text comes back letter for letter
                assertTrue(text.contains("Văn phòng số " + i + ": Nguyễn Thị Thùy Dương, office file"), text);
                assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc " + i), text);
                assertTrue(text.contains("Nơi nhận: " + i), text);
                assertTrue(text.contains("Kính gửi " + i), text);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String document(int n) {
        return "<html><head><style>body { font-family: 'Times New Roman'; }</style></head><body>"
                + "<p>Văn phòng số " + n + ": Nguyễn Thị Thùy Dương, office file</p>"
                + "<p><b>Độc lập - Tự do - Hạnh phúc " + n + "</b></p>"
                + "<p><b><i>Nơi nhận: " + n + "</i></b></p>"
                + "<p><i>Kính gửi " + n + "</i></p></body></html>";
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
