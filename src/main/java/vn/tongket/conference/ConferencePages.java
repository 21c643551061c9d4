package vn.tongket.conference;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import vn.tongket.delegate.Delegate;
import vn.tongket.delegate.DelegateCategory;
import vn.tongket.delegate.DelegateService;
import vn.tongket.web.FormState;
import vn.tongket.web.FormSupport;
import vn.tongket.web.PageParams;
import vn.tongket.web.PageRequest;
import vn.tongket.web.Pager;
import vn.tongket.web.ResultPage;

import java.net.URI;
import java.util.List;

/** HTML pages: the conference list and one conference with its agenda editor and delegate list. */
@Path("/conferences")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ConferencePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Conference> conferences, String error);

        static native TemplateInstance editItem(Conference conference, AgendaItem item, AgendaKind[] kinds, String error);

        static native TemplateInstance edit(Conference conference, String error);

        static native TemplateInstance detail(Conference conference, List<AgendaItem> agenda, List<Delegate> delegates,
                                              Pager pager, DelegateCategory category, AgendaKind[] kinds, DelegateCategory[] categories,
                                              String error, String notice, FormState delegateForm);
    }

    @Inject
    ConferenceService service;

    @Inject
    DelegateService delegates;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance list() {
        return Templates.list(service.list(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@RestForm String title, @RestForm String reviewYear, @RestForm String startsAt,
                           @RestForm String endsAt, @RestForm String venueName, @RestForm String venueAddress,
                           @RestForm String issuer, @RestForm String place, @RestForm String standardAgenda,
                           HttpHeaders headers) {
        try {
            ConferenceRequest request = forms.validate(new ConferenceRequest(title, FormSupport.integer(reviewYear),
                    FormSupport.dateTime(startsAt), FormSupport.dateTime(endsAt),
                    new ConferenceRequest.Venue(venueName, venueAddress), issuer, place, standardAgenda != null));
            Conference c = service.create(request);
            return Response.seeOther(URI.create("/conferences/" + c.id)).build();
        } catch (RuntimeException e) {
            String message = forms.message(e, headers);
            return Response.status(FormSupport.status(e)).entity(Templates.list(service.list(), message)).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("category") String category,
                                   @QueryParam("notice") String notice, @BeanParam PageParams paging,
                                   @Context UriInfo uri) {
        DelegateCategory filter = FormSupport.enumValue(DelegateCategory.class, category);
        ResultPage<Delegate> list = delegates.page(id, filter, paging.request());
        return page(id, list, Pager.of(list, uri), filter, null, notice, FormState.EMPTY);
    }

    /** The conference page (first page of the delegate list), with an error above the forms when a submission was refused. */
    public TemplateInstance page(long id, DelegateCategory category, String error, String notice) {
        return shown(id, error, notice, FormState.EMPTY);
    }

    /** The conference page with the add-delegate form shown again as typed. */
    public TemplateInstance withDelegateForm(long id, FormState delegateForm) {
        return shown(id, null, null, delegateForm);
    }

    private TemplateInstance shown(long id, String error, String notice, FormState delegateForm) {
        ResultPage<Delegate> list = delegates.page(id, null, PageRequest.FIRST);
        return page(id, list, Pager.of(list, UriBuilder.fromPath("/conferences/" + id)), null, error, notice, delegateForm);
    }

    private TemplateInstance page(long id, ResultPage<Delegate> list, Pager pager, DelegateCategory category,
                                  String error, String notice, FormState delegateForm) {
        Conference c = service.get(id);
        return Templates.detail(c, service.agenda(id), list.rows(), pager, category,
                AgendaKind.values(), DelegateCategory.values(), error, notice, delegateForm);
    }

    @POST
    @Path("/{id}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response addAgendaItem(@PathParam("id") long id, @RestForm String title, @RestForm String startsAt,
                                  @RestForm String endsAt, @RestForm String presenter, @RestForm String kind,
                                  HttpHeaders headers) {
        try {
            service.addAgendaItem(id, forms.validate(new AgendaItemRequest(title, FormSupport.dateTime(startsAt),
                    FormSupport.dateTime(endsAt), presenter, FormSupport.enumValue(AgendaKind.class, kind))));
            return Response.seeOther(URI.create("/conferences/" + id + "#agenda")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(page(id, null, forms.message(e, headers), null)).build();
        }
    }

    @POST
    @Path("/{id}/agenda/{itemId}/delete")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response deleteAgendaItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        service.deleteAgendaItem(id, itemId);
        return Response.seeOther(URI.create("/conferences/" + id + "#agenda")).build();
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance edit(@PathParam("id") long id) {
        return Templates.edit(service.get(id), null);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("id") long id, @RestForm String title, @RestForm String reviewYear,
                           @RestForm String startsAt, @RestForm String endsAt, @RestForm String venueName,
                           @RestForm String venueAddress, @RestForm String issuer, @RestForm String place,
                           @RestForm String letterSymbol, @RestForm String signerAuthority, @RestForm String signerTitle,
                           @RestForm String signerName, @RestForm String recipients, HttpHeaders headers) {
        try {
            ConferenceRequest.Letter letter = new ConferenceRequest.Letter(letterSymbol, signerAuthority,
                    signerTitle == null ? null : signerTitle.replace("\r", ""), signerName,
                    recipients == null ? null : List.of(recipients.split("\r?\n")));
            service.update(id, forms.validate(new ConferenceRequest(title, FormSupport.integer(reviewYear),
                    FormSupport.dateTime(startsAt), FormSupport.dateTime(endsAt),
                    new ConferenceRequest.Venue(venueName, venueAddress), issuer, place, false, letter)));
            return Response.seeOther(URI.create("/conferences/" + id)).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(Templates.edit(service.get(id), forms.message(e, headers))).build();
        }
    }

    @GET
    @Path("/{id}/agenda/{itemId}/edit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance editItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return Templates.editItem(service.get(id), service.agendaItem(id, itemId), AgendaKind.values(), null);
    }

    @POST
    @Path("/{id}/agenda/{itemId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId, @RestForm String title,
                               @RestForm String startsAt, @RestForm String endsAt, @RestForm String presenter,
                               @RestForm String kind, HttpHeaders headers) {
        try {
            service.updateAgendaItem(id, itemId, forms.validate(new AgendaItemRequest(title,
                    FormSupport.dateTime(startsAt), FormSupport.dateTime(endsAt), presenter,
                    FormSupport.enumValue(AgendaKind.class, kind))));
            return Response.seeOther(URI.create("/conferences/" + id + "#agenda")).build();
        } catch (RuntimeException e) {
            return Response.status(FormSupport.status(e)).entity(Templates.editItem(service.get(id),
                    service.agendaItem(id, itemId), AgendaKind.values(), forms.message(e, headers))).build();
        }
    }
}
