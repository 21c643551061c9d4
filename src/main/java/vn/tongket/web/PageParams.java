package vn.tongket.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of a paged list, API and pages alike. Read as text so that
 * "abc" gets the shared 400 answer naming the parameter (JAX-RS would answer 404 for an unconvertible integer);
 * declared as integers in the OpenAPI document.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Số trang, bắt đầu từ 1 (mặc định 1) / page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Số dòng mỗi trang, 1-500 (mặc định 100) / rows per page",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100"))
    public String size;

    /** The validated request; 400 for a page below 1 or a size outside 1..500. */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
