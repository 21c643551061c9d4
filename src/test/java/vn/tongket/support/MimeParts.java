package vn.tongket.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading back a received mail: its leaf parts, one part by type, a part's decoded bytes or text. */
public final class MimeParts {

    private MimeParts() {
    }

    /** The parts that are not multiparts, depth first, in the order they were sent. */
    public static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    public static Part part(List<Part> parts, String type) throws Exception {
        for (Part p : parts) {
            if (p.isMimeType(type)) {
                return p;
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    public static String text(List<Part> parts, String type) throws Exception {
        return new String(bytes(part(parts, type)), StandardCharsets.UTF_8);
    }

    /** The part's content, transfer encoding undone. */
    public static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
