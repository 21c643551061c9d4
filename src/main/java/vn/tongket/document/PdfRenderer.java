package vn.tongket.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns an XHTML document (a rendered Qute template) into an A4 PDF with Liberation Serif embedded:
 * metric-compatible with Times New Roman and complete for Vietnamese, so the text extracts back intact.
 * Templates use {@code font-family: 'Times New Roman'} (first in every stack, so nothing falls through to another
 * family): only that family is registered. {@code <object type="application/x-qr-code">} is drawn as a vector QR code.
 * <p>
 * What a letter costs was measured (bench/run render) and cut where it went:
 * <ul>
 * <li>the fonts' GSUB table is left out: PDFBox applies it to every string it writes by compiling regular
 * expressions (two thirds of the time), and for Vietnamese set in precomposed (NFC) letters it changes nothing
 * (the embedded subset is byte for byte the same);</li>
 * <li>each face is parsed once and reused: a few parsed sets wait in a pool, a render borrows one (a parsed font is
 * read by one document at a time), and a face is embedded only when the document uses it.</li>
 * </ul>
 * Every rendering passes the {@link RenderingGate}: a flood of requests waits or is refused, never all in memory.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String FAMILY = "Times New Roman";
    private static final String FONT_DIR = "liberation/";
    private static final Set<String> LEFT_OUT = Set.of("GSUB");
    private static final int POOLED = 8;

    /**
     * PDFBox warns, for every document, that each of the 14 standard PDF fonts openhtmltopdf declares has no installed
     * face ("Using fallback font ..."): 13 log lines a letter about fonts the templates never use. Held here so the
     * level sticks (JUL keeps loggers weakly).
     */
    private static final java.util.logging.Logger STANDARD_FONTS =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        // openhtmltopdf logs every font and image it loads at INFO through its own handler: only warnings.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
        STANDARD_FONTS.setLevel(java.util.logging.Level.SEVERE);
    }

    private enum Face {
        REGULAR("LiberationSerif-Regular.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
        BOLD("LiberationSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
        ITALIC("LiberationSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);

        final String file;
        final int weight;
        final BaseRendererBuilder.FontStyle style;

        Face(String file, int weight, BaseRendererBuilder.FontStyle style) {
            this.file = file;
            this.weight = weight;
            this.style = style;
        }
    }

    private final byte[][] files = new byte[Face.values().length][];
    private final DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    private final BlockingQueue<TrueTypeFont[]> idle = new ArrayBlockingQueue<>(POOLED);
    private final AtomicLong renderings = new AtomicLong();
    private final RenderingGate gate;

    /** Outside the application (tests, tools): renders at once, no gate. */
    public PdfRenderer() {
        this(null);
    }

    @Inject
    public PdfRenderer(RenderingGate gate) {
        this.gate = gate;
        for (Face face : Face.values()) {
            files[face.ordinal()] = FontTables.without(font(face.file), LEFT_OUT);
        }
        drawers.registerDrawer(QrCodeDrawer.TYPE, new QrCodeDrawer());
    }

    public byte[] render(String xhtml) {
        return gate == null ? layOut(xhtml) : gate.run(() -> layOut(xhtml));
    }

    /** Documents rendered since the start. */
    public long renderings() {
        return renderings.get();
    }

    private byte[] layOut(String xhtml) {
        renderings.incrementAndGet();
        TrueTypeFont[] faces = idle.poll();
        if (faces == null) {
            faces = parseFaces();
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (Face face : Face.values()) {
                builder.useFont(new OnFirstUse(document, faces[face.ordinal()]), FAMILY, face.weight, face.style, true);
            }
            builder.useObjectDrawerFactory(drawers);
            builder.withW3cDocument(parse(xhtml), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        } finally {
            idle.offer(faces);
        }
    }

    /**
     * XHTML to DOM with one parser factory for the application (openhtmltopdf looks its XML parser up again for every
     * document: a tenth of a letter's time). Namespace-aware like openhtmltopdf's own; no external DTDs or entities.
     */
    private static org.w3c.dom.Document parse(String xhtml) {
        try {
            return XML.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xhtml)));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalArgumentException("Template output is not well-formed XHTML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final javax.xml.parsers.DocumentBuilderFactory XML = xmlFactory();

    private static javax.xml.parsers.DocumentBuilderFactory xmlFactory() {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    private TrueTypeFont[] parseFaces() {
        TrueTypeFont[] faces = new TrueTypeFont[files.length];
        try {
            for (int i = 0; i < files.length; i++) {
                faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(files[i]));
            }
            return faces;
        } catch (IOException e) {
            throw new UncheckedIOException("Font unreadable", e);
        }
    }

    /** A face that joins the document (as a subset) only when the layout first asks for it. */
    private static final class OnFirstUse extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont face;
        private PDFont font;

        OnFirstUse(PDDocument document, TrueTypeFont face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, face, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " missing from the classpath (openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
