package vn.tongket.document;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Large answers are served from a file written once per kept array; small ones stay in memory. */
class ServedFilesTest {

    @Test
    void aSmallAnswerIsServedFromMemory() {
        byte[] small = new byte[ServedFiles.SPOOL_FROM_BYTES - 1];
        assertSame(small, ServedFiles.body(small));
    }

    @Test
    void aLargeAnswerIsOneFileWithTheSameBytesWhileItsArrayLives() throws Exception {
        byte[] large = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(large);
        Path file = assertInstanceOf(Path.class, ServedFiles.body(large));
        assertArrayEquals(large, Files.readAllBytes(file));
        assertEquals(file, ServedFiles.body(large));

        byte[] equalButAnother = large.clone();
        assertNotEquals(file, ServedFiles.body(equalButAnother));

        Files.delete(file);
        Path again = assertInstanceOf(Path.class, ServedFiles.body(large));
        assertArrayEquals(large, Files.readAllBytes(again));
    }
}
