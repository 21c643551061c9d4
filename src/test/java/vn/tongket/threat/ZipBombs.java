package vn.tongket.threat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile zips, built fast: the same deflated block repeated under many names rather than deflating gigabytes. */
final class ZipBombs {

    private ZipBombs() {
    }

    /** A DOCX-looking zip with {@code count} entries of {@code entryBytes} zeros each, deflated once. */
    static byte[] repeatedZeros(int count, int entryBytes) {
        byte[] zeros = new byte[entryBytes];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(zeros);
        byte[] data = deflated.toByteArray();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] name = (i == 0 ? "word/document.xml" : "word/media/zeros-" + i + ".bin").getBytes(StandardCharsets.US_ASCII);
            int offset = out.size();
            write(out, le(30 + name.length).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt(entryBytes)
                    .putShort((short) name.length).putShort((short) 0).put(name));
            out.writeBytes(data);
            write(central, le(46 + name.length).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) 8).putInt(0).putInt((int) crc.getValue()).putInt(data.length)
                    .putInt(entryBytes).putShort((short) name.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(name));
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        write(out, le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(central.size()).putInt(centralOffset).putShort((short) 0));
        return out.toByteArray();
    }

    /** A zip of the given entries, each {@code content}. */
    static byte[] zip(byte[] content, String... names) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that deflate only about sixteen times: zeros with one random byte in every 64. */
    static byte[] looselyCompressible(int size) {
        byte[] bytes = new byte[size];
        Random random = new Random(16);
        for (int i = 0; i < size; i += 64) {
            bytes[i + random.nextInt(Math.min(64, size - i))] = (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void write(ByteArrayOutputStream out, ByteBuffer buffer) {
        out.writeBytes(buffer.array());
    }
}
