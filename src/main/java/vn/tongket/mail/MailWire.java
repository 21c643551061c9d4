package vn.tongket.mail;

import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.mailencoder.EncodedPart;
import io.vertx.ext.mail.mailencoder.MailEncoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A mail as its DATA goes on the wire: MIME-encoded by the mailer's own encoder (the Vert.x mail client's, so the
 * parts, headers and encodings are those the Quarkus mailer sends), written the way that client writes it (CRLF
 * lines, a line starting with "." doubled, each multipart closed by its final boundary), and ending with the line
 * "." that ends the data.
 */
final class MailWire {

    private MailWire() {
    }

    /** {@code capacity}: about the size of the encoded mail (its parts' bytes and a third for base64). */
    static byte[] of(MailMessage message, String hostname, int capacity) {
        EncodedPart mail = new MailEncoder(message, hostname).encodeMail();
        StringBuilder wire = new StringBuilder(capacity);
        part(wire, mail);
        wire.append(".\r\n");
        return wire.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void part(StringBuilder wire, EncodedPart part) {
        for (Map.Entry<String, String> header : part.headers()) {
            line(wire, header.getKey() + ": " + header.getValue());
        }
        wire.append("\r\n");
        List<EncodedPart> parts = part.parts();
        if (parts != null && !parts.isEmpty()) {
            for (EncodedPart p : parts) {
                line(wire, "--" + part.boundary());
                part(wire, p);
            }
            line(wire, "--" + part.boundary() + "--");
        } else if (part.body() != null) {
            line(wire, part.body());
        }
    }

    /**
     * Text of one or more lines split at LF (a folded header's too), each written with CRLF and dot-stuffed; line
     * breaks at its end are dropped, as the client's own line split drops them.
     */
    private static void line(StringBuilder wire, String text) {
        int length = text.length();
        while (length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r')) {
            length--;
        }
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 || end > length ? length : end;
            int cut = stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            if (cut > start && text.charAt(start) == '.') {
                wire.append('.');
            }
            wire.append(text, start, cut).append("\r\n");
            if (stop == length) {
                return;
            }
            start = stop + 1;
        }
    }
}
