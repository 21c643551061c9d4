package vn.tongket.preparation;

/** An uploaded file's description (its content is downloaded separately). */
public record FileView(long id, String fileName, String contentType, int sizeBytes) {

    static FileView of(PrepFile f) {
        return f == null ? null : new FileView(f.id, f.fileName, f.contentType, f.sizeBytes);
    }
}
