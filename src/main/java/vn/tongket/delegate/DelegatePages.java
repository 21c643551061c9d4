package vn.tongket.delegate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.tongket.conference.Conference;
import vn.tongket.conference.ConferencePages;
import vn.tongket.conference.ConferenceService;
import vn.tongket.document.PdfRenderer;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.web.Localization;
import vn.tongket.web.Messages;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;

import vn.tongket.web.LocalPath;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tongket.document.ServedFiles;

/** HTML pages for the delegate list: add, edit, remove, reorder, and the introduction list (page and PDF). */
@Path("/conferences/{conferenceId}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DelegatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Conference conference, Delegate d, DelegateCategory[] categories, FormState form);

        static native TemplateInstance introduction(Conference conference, List<Group> groups, Pager pager,
                                                    boolean printable, String presiding);

        static native TemplateInstance delete(Conference conference, DelegateService.Removal removal, String error);
    }

    /** One section of the introduction list; {@code start} numbers its first row (a section may go on from the page before). */
    public record Group(String roman, IntroductionSection section, List<Delegate> delegates, long start) {
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Inject
    DelegateService service;

    @Inject
    ConferenceService conferences;

    @Inject
    FormSupport forms;

    @Inject
    PdfRenderer pdf;

    @Inject
    ConferencePages conferencePage;

    @POST
    @Path("/delegates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response add(@PathParam("conferenceId") long conferenceId, @BeanParam DelegateForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            Delegate d = service.add(conferenceId, request);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "#delegate-" + d.id)).build();
        }, state -> conferencePage.withDelegateForm(conferenceId, state));
    }

    @GET
    @Path("/delegates/{id}/edit")
    public TemplateInstance edit(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        Delegate d = service.get(conferenceId, id);
        return Templates.edit(conferences.get(conferenceId), d, DelegateCategory.values(), DelegateForm.of(d));
    }

    @POST
    @Path("/delegates/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @BeanParam DelegateForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.update(conferenceId, id, request);
            return Response.seeOther(URI.create("/conferences/" + conferenceId + "#delegate-" + id)).build();
        }, state -> Templates.edit(conferences.get(conferenceId), service.get(conferenceId, id), DelegateCategory.values(), state));
    }

    /** What removing the delegate will do (delete, or withdraw a numbered letter), and the box to confirm it. */
    @GET
    @Path("/delegates/{id}/delete")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance deletePage(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id) {
        return Templates.delete(conferences.get(conferenceId), service.removal(conferenceId, id), null);
    }

    @POST
    @Path("/delegates/{id}/delete")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response delete(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @RestForm String confirm, HttpHeaders headers) {
        Messages m = Localization.messages(headers);
        if (!"yes".equals(confirm)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.delete(conferences.get(conferenceId),
                    service.removal(conferenceId, id), m.confirmRequired())).build();
        }
        DelegateService.Removal done = service.delete(conferenceId, id);
        String notice = done.withdraws() ? m.delegateWithdrawn(done.letterNumber(), done.delegate().fullName)
                : m.delegateDeleted(done.delegate().fullName);
        return Response.seeOther(URI.create("/conferences/" + conferenceId + "?notice="
                + URLEncoder.encode(notice, StandardCharsets.UTF_8) + "#delegates")).build();
    }

    @POST
    @Path("/delegates/{id}/move-up")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response moveUp(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                           @HeaderParam("Referer") String referer) {
        service.move(conferenceId, id, -1);
        return backToRow(conferenceId, id, referer);
    }

    @POST
    @Path("/delegates/{id}/move-down")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response moveDown(@PathParam("conferenceId") long conferenceId, @PathParam("id") long id,
                             @HeaderParam("Referer") String referer) {
        service.move(conferenceId, id, 1);
        return backToRow(conferenceId, id, referer);
    }

    /**
     * Back to the moved delegate's row on the list page the organiser was on (its page and filter, from the Referer
     * when that is this conference's page), not to the top of the first page.
     */
    private static Response backToRow(long conferenceId, long id, String referer) {
        String page = "/conferences/" + conferenceId;
        String back = LocalPath.ofAddress(referer)
                .filter(p -> p.equals(page) || p.startsWith(page + "?"))
                .orElse(page);
        return Response.seeOther(URI.create(back + "#delegate-" + id)).build();
    }

    /** One page of the introduction list; the PDF below always holds the whole list. */
    @GET
    @Path("/introduction")
    public TemplateInstance introduction(@PathParam("conferenceId") long conferenceId, @BeanParam PageParams paging,
                                         @Context UriInfo uri) {
        PageRequest request = paging.request();
        ResultPage<Delegate> page = service.introductionPage(conferenceId, request);
        Conference c = conferences.get(conferenceId);
        // The list is read out at the conference: a Vietnamese document, like its PDF, whatever the reader's language.
        return Templates.introduction(c, groups(page.rows(), Delegate.countBySection(c), request.offset()),
                        Pager.of(page, uri), false, service.presiding(conferenceId))
                .setLocale(Localization.VIETNAMESE);
    }

    @GET
    @Path("/introduction.pdf")
    @Produces("application/pdf")
    public Response introductionPdf(@PathParam("conferenceId") long conferenceId) {
        List<Delegate> all = service.introduction(conferenceId);
        Map<IntroductionSection, Long> counts = all.stream().collect(Collectors.groupingBy(IntroductionSection::of,
                () -> new EnumMap<>(IntroductionSection.class), Collectors.counting()));
        String html = Templates.introduction(conferences.get(conferenceId), groups(all, counts, 0), null, true,
                service.presiding(conferenceId)).render();
        return Response.ok(ServedFiles.body(pdf.render(html)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"danh-sach-gioi-thieu-dai-bieu-" + conferenceId + ".pdf\"")
                .build();
    }

    /**
     * Splits rows in introduction order into sections. {@code counts} are the whole list's categories, so that a
     * section keeps its Roman numeral and its numbering when the rows are one page starting at {@code offset}.
     */
    private static List<Group> groups(List<Delegate> rows, Map<IntroductionSection, Long> counts, long offset) {
        Map<IntroductionSection, List<Delegate>> bySection = rows.stream().collect(Collectors.groupingBy(IntroductionSection::of));
        List<Group> groups = new ArrayList<>();
        int n = 0;
        long before = 0;
        for (IntroductionSection section : IntroductionSection.values()) {
            long count = counts.getOrDefault(section, 0L);
            if (count == 0) {
                continue;
            }
            List<Delegate> list = bySection.get(section);
            if (list != null && !list.isEmpty()) {
                groups.add(new Group(ROMAN[n], section, list, Math.max(offset, before) - before + 1));
            }
            n++;
            before += count;
        }
        return groups;
    }
}
