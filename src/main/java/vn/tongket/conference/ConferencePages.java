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
        static native TemplateInstance list(List<Conference> conferences, FormState form);

        static native TemplateInstance editItem(Conference conference, AgendaItem item, AgendaKind[] kinds, FormState form);

        static native TemplateInstance edit(Conference conference, FormState form,
                                           List<ConferenceService.PresidingChoice> presidingChoices);

        static native TemplateInstance detail(Conference conference, List<AgendaItem> agenda, List<Delegate> delegates,
                                              Pager pager, DelegateCategory category, AgendaKind[] kinds, DelegateCategory[] categories,
                                              String notice, FormState agendaForm, FormState delegateForm);
    }

    @Inject
    ConferenceService service;

    @Inject
    DelegateService delegates;

    @Inject
    FormSupport forms;

    @GET
    public TemplateInstance list() {
        return Templates.list(service.list(), ConferenceForm.blank());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response create(@BeanParam ConferenceForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            Conference c = service.create(request);
            return Response.seeOther(URI.create("/conferences/" + c.id)).build();
        }, state -> Templates.list(service.list(), state));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("category") String category,
                                   @QueryParam("notice") String notice, @BeanParam PageParams paging,
                                   @Context UriInfo uri) {
        DelegateCategory filter = category(category);
        ResultPage<Delegate> list = delegates.page(id, filter, paging.request());
        return page(id, list, Pager.of(list, uri), filter, notice, null, FormState.EMPTY);
    }

    /** The conference page with the add-delegate form shown again as typed. */
    public TemplateInstance withDelegateForm(long id, FormState delegateForm) {
        return shown(id, null, delegateForm);
    }

    private TemplateInstance shown(long id, FormState agendaForm, FormState delegateForm) {
        ResultPage<Delegate> list = delegates.page(id, null, PageRequest.FIRST);
        return page(id, list, Pager.of(list, UriBuilder.fromPath("/conferences/" + id)), null, null, agendaForm, delegateForm);
    }

    /** {@code agendaForm} null: the agenda form as first shown, starting at the conference's start. */
    private TemplateInstance page(long id, ResultPage<Delegate> list, Pager pager, DelegateCategory category,
                                  String notice, FormState agendaForm, FormState delegateForm) {
        Conference c = service.get(id);
        return Templates.detail(c, service.agenda(id), list.rows(), pager, category,
                AgendaKind.values(), DelegateCategory.values(), notice,
                agendaForm == null ? AgendaItemForm.blank(c) : agendaForm, delegateForm);
    }

    /** A filter that is not a category shows the whole list. */
    private static DelegateCategory category(String value) {
        for (DelegateCategory c : DelegateCategory.values()) {
            if (c.name().equals(value)) {
                return c;
            }
        }
        return null;
    }

    @POST
    @Path("/{id}/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response addAgendaItem(@PathParam("id") long id, @BeanParam AgendaItemForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            AgendaItem item = service.addAgendaItem(id, request);
            return Response.seeOther(URI.create("/conferences/" + id + "#agenda")).build();
        }, state -> shown(id, state, FormState.EMPTY));
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
        Conference c = service.get(id);
        return Templates.edit(c, ConferenceForm.of(c), service.presidingChoices(id));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response update(@PathParam("id") long id, @BeanParam ConferenceForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.update(id, request);
            return Response.seeOther(URI.create("/conferences/" + id)).build();
        }, state -> Templates.edit(service.get(id), state, service.presidingChoices(id)));
    }

    @GET
    @Path("/{id}/agenda/{itemId}/edit")
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public TemplateInstance editItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        AgendaItem item = service.agendaItem(id, itemId);
        return Templates.editItem(service.get(id), item, AgendaKind.values(), AgendaItemForm.of(item));
    }

    @POST
    @Path("/{id}/agenda/{itemId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"ORGANIZER", "ADMIN"})
    public Response updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
                               @BeanParam AgendaItemForm form, HttpHeaders headers) {
        return forms.submit(form, headers, request -> {
            service.updateAgendaItem(id, itemId, request);
            return Response.seeOther(URI.create("/conferences/" + id + "#agenda")).build();
        }, state -> Templates.editItem(service.get(id), service.agendaItem(id, itemId), AgendaKind.values(), state));
    }
}
