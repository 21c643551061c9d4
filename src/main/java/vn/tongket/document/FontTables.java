package vn.tongket.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Rewrites a TrueType font file without some of its tables (directory and offsets rebuilt, data 4-byte aligned). */
final class FontTables {

    private FontTables() {
    }

    static byte[] without(byte[] font, Set<String> dropped) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] tag = new byte[4];
            in.get(12 + 16 * i, tag);
            if (!dropped.contains(new String(tag, StandardCharsets.US_ASCII))) {
                kept.add(12 + 16 * i);
            }
        }
        int n = kept.size();
        int size = 12 + 16 * n;
        for (int record : kept) {
            size += aligned(in.getInt(record + 12));
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        out.putInt(in.getInt(0)).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (16 * n - searchRange));
        int offset = 12 + 16 * n;
        for (int record : kept) {
            int length = in.getInt(record + 12);
            out.putInt(in.getInt(record)).putInt(in.getInt(record + 4)).putInt(offset).putInt(length);
            offset += aligned(length);
        }
        for (int record : kept) {
            int length = in.getInt(record + 12);
            out.put(font, in.getInt(record + 8), length);
            out.position(out.position() + aligned(length) - length);
        }
        return out.array();
    }

    private static int aligned(int length) {
        return (length + 3) & ~3;
    }
}
