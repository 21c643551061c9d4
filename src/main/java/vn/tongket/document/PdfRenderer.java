package vn.tongket.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns an XHTML document (a rendered Qute template) into an A4 PDF with Liberation Serif embedded:
 * metric-compatible with Times New Roman and complete for Vietnamese, so the text extracts back intact.
 * Templates use {@code font-family: 'Times New Roman'} (first in every stack, so nothing falls through to another
 * family): only that family is registered, since openhtmltopdf parses every registered face for every document.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String FAMILY = "Times New Roman";
    private static final String FONT_DIR = "liberation/";

    static {
        // openhtmltopdf logs every font and image it loads at INFO through its own handler: only warnings.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(logger -> com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING));
    }

    private final byte[] regular = font("LiberationSerif-Regular.ttf");
    private final byte[] bold = font("LiberationSerif-Bold.ttf");
    private final byte[] italic = font("LiberationSerif-Italic.ttf");
    private final byte[] boldItalic = font("LiberationSerif-BoldItalic.ttf");

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(italic), FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(boldItalic), FAMILY, 700, BaseRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
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
