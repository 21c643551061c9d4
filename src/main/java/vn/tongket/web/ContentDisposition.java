package vn.tongket.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition header for a file name that may hold anything (Vietnamese, quotes, line breaks from data
 * stored before they were refused): an ASCII fallback plus the exact name percent-encoded (RFC 6266, RFC 5987), so
 * that no character of the name can end or split the header.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String inline(String fileName) {
        return of("inline", fileName);
    }

    public static String attachment(String fileName) {
        return of("attachment", fileName);
    }

    private static String of(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
