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

    /** A part of the summary report ("I. KẾT QUẢ ...") and its sections' text; a section titled by the part has none. */
    public record ReportPart(String heading, List<Block> blocks) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance written(Conference conference, String title, List<Block> blocks);

        static native TemplateInstance cover(Conference conference, List<ContentsLine> contents);

        static native TemplateInstance report(Conference conference, DocumentHeads.Head head, String subject,
                                              vn.tongket.target.TargetTable targets,
                                              List<ReportPart> parts);
    }

    @Inject
    ConferenceService conferences;

    @Inject
    PdfRenderer pdf;

    @Inject
    RenderingGate gate;

    @Inject
    RenderedDocuments rendered;

    @Inject
    DocumentHeads heads;

    @Inject
    vn.tongket.target.TargetService targets;

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
        List<ReportSection> reportText = accepted.stream().filter(s -> s.receivedText != null).toList();
        if (!reportText.isEmpty()) {
            docs.add(report(generation, c, reportText));
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

    /**
     * The summary report as the conference's issuer sends it: head with its number, "BÁO CÁO", the subject that keeps
     * "và phương hướng, nhiệm vụ năm ...", the accepted sections under their parts, "./." after the last, signature.
     */
    private Document report(long generation, Conference c, List<ReportSection> sections) {
        String subject = "Tổng kết công tác quốc phòng địa phương năm " + c.reviewYear + " và phương hướng, nhiệm vụ năm "
                + (c.reviewYear + 1);
        List<ReportPart> parts = new ArrayList<>();
        String current = null;
        List<Block> blocks = null;
        for (int i = 0; i < sections.size(); i++) {
            ReportSection s = sections.get(i);
            if (!s.part().equals(current)) {
                current = s.part();
                blocks = new ArrayList<>();
                parts.add(new ReportPart(partHeading(current, c.reviewYear), blocks));
            }
            String text = s.receivedText.strip();
            if (i == sections.size() - 1 && !text.endsWith("./.")) {
                text = (text.endsWith(".") ? text.substring(0, text.length() - 1) : text) + "./.";
            }
            blocks.add(new Block(s.number.equals(current) ? null : s.number + ". " + s.title, text));
        }
        DocumentHeads.Head head = heads.head(c.id, DocumentHead.Kind.REPORT);
        byte[] content = rendered.get(new RenderedDocuments.Key(RenderedDocuments.Kind.DOCUMENT_SET, c.id, "report",
                generation), () -> pdf.render(Templates.report(c, head, subject, targets.table(c.id), parts).render()));
        return new Document("report", "Báo cáo " + subject.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi"))
                + subject.substring(1), UploadedFiles.PDF, content.length, null, content);
    }

    private static String partHeading(String part, int year) {
        return switch (part) {
            case "I" -> "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC QUỐC PHÒNG ĐỊA PHƯƠNG NĂM " + year;
            case "II" -> "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1);
            case "III" -> "III. KIẾN NGHỊ, ĐỀ XUẤT";
            default -> part + ".";
        };
    }

    /**
     * The programme: each item with its presenter in brackets unless the title already names him, a break wherever
     * the programme leaves time between two items, and under a general "Tham luận" item the presentations placed in it.
     */
    private static List<Block> programme(long conferenceId) {
        List<AgendaItem> items = AgendaItem.listByConference(conferenceId);
        List<Presentation> placed = Presentation.listByConference(conferenceId).stream()
                .filter(p -> p.state == PresentationState.ACCEPTED && p.presenter != null && p.agendaItemId != null).toList();
        String pause = Localization.bundle(PreparationMessages.class, Localization.VIETNAMESE).agendaBreak();
        List<Block> blocks = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            AgendaItem i = items.get(n);
            if (n > 0 && items.get(n - 1).endsAt.isBefore(i.startsAt)) {
                blocks.add(new Block(VietnameseDates.hm(items.get(n - 1).endsAt) + " – " + VietnameseDates.hm(i.startsAt),
                        pause));
            }
            StringBuilder text = new StringBuilder(withPresenter(i.title, i.presenter));
            for (Presentation p : placed) {
                if (p.agendaItemId.equals(i.id)) {
                    text.append("\n+ Tham luận của ").append(p.organization).append(": ")
                            .append(withPresenter(p.title, p.presenter));
                }
            }
            blocks.add(new Block(VietnameseDates.hm(i.startsAt) + " – " + VietnameseDates.hm(i.endsAt), text.toString()));
        }
        return blocks;
    }

    /**
     * "Title (presenter)", without the parts of the presenter the title already says: "Kết luận Hội nghị của Chủ tịch
     * UBND tỉnh" is not followed by "(Chủ tịch UBND tỉnh)", nor "Tham luận: ... (Xã Tân Mỹ)" by "– Xã Tân Mỹ" again.
     */
    static String withPresenter(String title, String presenter) {
        if (presenter == null) {
            return title;
        }
        String said = title.toLowerCase(java.util.Locale.ROOT);
        String rest = java.util.Arrays.stream(presenter.split("\\s+[–-]\\s+|,\\s+"))
                .map(String::strip).filter(part -> !part.isEmpty() && !said.contains(part.toLowerCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.joining(", "));
        return rest.isEmpty() ? title : title + " (" + rest + ")";
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
