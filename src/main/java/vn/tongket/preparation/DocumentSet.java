package vn.tongket.preparation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.tongket.conference.AgendaItem;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.PdfRenderer;
import vn.tongket.document.RenderedDocuments;
import vn.tongket.document.RenderingGate;
import vn.tongket.document.VietnameseDates;
import vn.tongket.invitation.Invitation;
import vn.tongket.nomination.Nomination;
import vn.tongket.nomination.NominationMessages;
import vn.tongket.nomination.NominationStatus;
import vn.tongket.web.Localization;
import vn.tongket.web.ProblemException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The conference's document set: the programme, the summary report (accepted sections' text, then their PDF files),
 * the accepted presentations and the awardees list once decided. Combined into one PDF with a cover page, a table of
 * contents and page numbers (top centre from page 2, Decree 30/2020 style); a DOCX is listed as a separate download.
 */
@ApplicationScoped
public class DocumentSet {

    /**
     * One document of the set: written by the service ({@code rendered}) or an uploaded file ({@code fileId}, read
     * when served).
     */
    public record Document(String key, String title, String contentType, int sizeBytes, Long fileId, byte[] rendered) {
        public boolean isPdf() {
            return UploadedFiles.PDF.equals(contentType);
        }

        public String fileName() {
            return key + (isPdf() ? ".pdf" : ".docx");
        }
    }

    /** A line of the table of contents: the first page in the combined PDF, or 0 for a separate download. */
    public record ContentsLine(int number, String title, int page) {
    }

    /** A heading and its text in a document written by the service. */
    public record Block(String heading, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance written(Conference conference, String title, List<Block> blocks);

        static native TemplateInstance cover(Conference conference, List<ContentsLine> contents);
    }

    @Inject
    ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    @Inject
    RenderingGate gate;

    @Inject
    RenderedDocuments rendered;

    /**
     * The set as listed: the documents written by the service are rendered once per version of their inputs (see
     * {@link RenderedDocuments}); uploaded files are only described, their bytes read when one is served.
     */
    public List<Document> documents(long conferenceId) {
        long generation = rendered.generation(RenderedDocuments.Kind.DOCUMENT_SET);
        Conference c = conferences.get(conferenceId);
        List<Document> docs = new ArrayList<>();
        docs.add(written(generation, c, "programme", "CHƯƠNG TRÌNH HỘI NGHỊ", programme(conferenceId)));
        List<ReportSection> accepted = ReportSection.listByConference(conferenceId).stream()
                .filter(s -> s.state == SectionState.ACCEPTED).toList();
        List<Block> reportText = accepted.stream().filter(s -> s.receivedText != null)
                .map(s -> new Block(s.number + ". " + s.title, s.receivedText)).toList();
        if (!reportText.isEmpty()) {
            docs.add(written(generation, c, "report", "BÁO CÁO TỔNG KẾT CÔNG TÁC QUỐC PHÒNG ĐỊA PHƯƠNG NĂM " + c.reviewYear, reportText));
        }
        for (ReportSection s : accepted) {
            if (s.file != null) {
                docs.add(new Document("report-" + s.id, "Báo cáo tổng kết – mục " + s.number + ": " + s.title,
                        s.file.contentType, s.file.sizeBytes, s.file.id, null));
            }
        }
        for (Presentation p : Presentation.listByConference(conferenceId)) {
            if (p.state == PresentationState.ACCEPTED && p.file != null) {
                docs.add(new Document("presentation-" + p.id, "Tham luận: " + p.title + " (" + p.organization + ")",
                        p.file.contentType, p.file.sizeBytes, p.file.id, null));
            }
        }
        List<Block> awardees = awardees(conferenceId);
        if (!awardees.isEmpty()) {
            docs.add(written(generation, c, "awardees", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", awardees));
        }
        return docs;
    }

    public Document document(long conferenceId, String key) {
        return documents(conferenceId).stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(PreparationMessages.class, m -> m.fileNotFound()));
    }

    /** The document's bytes; an uploaded file is read once and then kept with the rendered documents. */
    public byte[] content(Document d) {
        if (d.rendered() != null) {
            return d.rendered();
        }
        long generation = rendered.generation(RenderedDocuments.Kind.DOCUMENT_SET);
        return rendered.get(new RenderedDocuments.Key(RenderedDocuments.Kind.DOCUMENT_SET, d.fileId(), "file", generation),
                () -> PrepFile.<PrepFile>findByIdOptional(d.fileId()).map(f -> f.content).orElseThrow(
                        () -> ProblemException.notFound(PreparationMessages.class, m -> m.fileNotFound())));
    }

    /** The conference of a delegate's invitation link; an unknown token is a 404 (counted as a guess). */
    public long conferenceOfInvitation(String token) {
        return Invitation.findByToken(token).map(i -> i.conference.id)
                .orElseThrow(() -> ProblemException.notFound(PreparationMessages.class, m -> m.linkNotFound()));
    }

    /** Cover, contents, then every PDF of the set, with page numbers; DOCX files only in the contents. */
    public byte[] combined(long conferenceId) {
        long generation = rendered.generation(RenderedDocuments.Kind.DOCUMENT_SET);
        return rendered.get(new RenderedDocuments.Key(RenderedDocuments.Kind.DOCUMENT_SET, conferenceId, "combined",
                generation), () -> combine(conferenceId));
    }

    /**
     * Merging holds every PDF of the set in memory: it takes a rendering slot like a rendering does, once the
     * documents are there (rendered in slots of their own, so no merge holds a slot while waiting for one).
     */
    private byte[] combine(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        List<Document> docs = documents(conferenceId);
        return gate.run(() -> merge(c, docs));
    }

    private byte[] merge(Conference c, List<Document> docs) {
        int front = pageCount(cover(c, contents(docs, 1)));
        byte[] cover = cover(c, contents(docs, front + 1));
        try (PDDocument result = Loader.loadPDF(cover)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Document d : docs) {
                if (d.isPdf()) {
                    try (PDDocument part = Loader.loadPDF(content(d))) {
                        merger.appendDocument(result, part);
                    }
                }
            }
            numberPages(result);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            result.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ContentsLine> contents(List<Document> docs, int firstPage) {
        List<ContentsLine> lines = new ArrayList<>();
        int page = firstPage;
        for (Document d : docs) {
            if (d.isPdf()) {
                lines.add(new ContentsLine(lines.size() + 1, d.title(), page));
                page += pageCount(content(d));
            } else {
                lines.add(new ContentsLine(lines.size() + 1, d.title(), 0));
            }
        }
        return lines;
    }

    private byte[] cover(Conference c, List<ContentsLine> contents) {
        return pdf.render(Templates.cover(c, contents).render());
    }

    private Document written(long generation, Conference c, String key, String title, List<Block> blocks) {
        byte[] content = rendered.get(new RenderedDocuments.Key(RenderedDocuments.Kind.DOCUMENT_SET, c.id, key, generation),
                () -> pdf.render(Templates.written(c, title, blocks).render()));
        return new Document(key, title.charAt(0) + title.substring(1).toLowerCase(java.util.Locale.forLanguageTag("vi")),
                UploadedFiles.PDF, content.length, null, content);
    }

    private static List<Block> programme(long conferenceId) {
        return AgendaItem.listByConference(conferenceId).stream()
                .map(i -> new Block(VietnameseDates.hm(i.startsAt) + " – " + VietnameseDates.hm(i.endsAt),
                        i.title + (i.presenter == null ? "" : " (" + i.presenter + ")"))).toList();
    }

    private static List<Block> awardees(long conferenceId) {
        // The annex's order, the awards page's and the MC's (issue 19): the same awardees in the same order everywhere.
        List<Nomination> decided = Nomination.<Nomination>list("conference.id = ?1 and status in ?2", conferenceId,
                List.of(NominationStatus.DECIDED, NominationStatus.AWARDED)).stream()
                .sorted(Nomination.PRESENTATION_ORDER).toList();
        NominationMessages m = Localization.bundle(NominationMessages.class, Localization.VIETNAMESE);
        return decided.stream().map(n -> new Block(n.nomineeName, m.nominationKind(n.kind)
                + (n.position == null ? "" : ", " + n.position) + ", " + n.organization.name)).toList();
    }

    private static int pageCount(byte[] content) {
        try (PDDocument d = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw ProblemException.conflict(PreparationMessages.class, m -> m.pdfUnreadable());
        }
    }

    /** Arabic numerals, top centre, from the second page on. */
    private static void numberPages(PDDocument doc) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            PDRectangle box = page.getMediaBox();
            String number = String.valueOf(i + 1);
            float width = font.getStringWidth(number) / 1000 * 13;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.beginText();
                s.setFont(font, 13);
                s.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getUpperRightY() - 36);
                s.showText(number);
                s.endText();
            }
        }
    }
}
