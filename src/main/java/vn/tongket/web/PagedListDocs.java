package vn.tongket.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Set;
import java.util.stream.Collectors;

/** Documents, on every operation that takes {@link PageParams}, the X-Total-Count and Link headers of its answer. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PagedListDocs implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getParameters() == null || operation.getResponses() == null) {
            return operation;
        }
        Set<String> query = operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.QUERY)
                .map(Parameter::getName).collect(Collectors.toSet());
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && query.contains("page") && query.contains("size")) {
            ok.addHeader("X-Total-Count", header("Tổng số dòng của cả danh sách / rows in the whole list",
                    Schema.SchemaType.INTEGER));
            ok.addHeader("Link", header("Trang trước, trang sau: <...>; rel=\"prev\", <...>; rel=\"next\"",
                    Schema.SchemaType.STRING));
        }
        return operation;
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
