package vn.tongket.preparation;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tongket.web.FormInput;
import vn.tongket.web.PageForm;

/**
 * A one-file upload form (a section's file, a unit's draft). The file's checks ({@link UploadedFiles}) refuse with
 * the field "file", so the message is shown beside the file input.
 */
public class FileForm implements PageForm<FileUpload> {

    @RestForm("file")
    public FileUpload file;

    @Override
    public FileUpload read(FormInput in) {
        in.text("file", file == null ? null : file.fileName());
        return file;
    }
}
