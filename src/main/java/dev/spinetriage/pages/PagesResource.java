package dev.spinetriage.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The pages people open in a browser: the landing page and one page per therapy, for clinicians (CDS cards link
 * here). Public, since they hold no patient data, and left out of the API's contract: they are HTML for people, not
 * an interface for programs. The templates (templates/PagesResource/) escape everything they print.
 */
@Path("/")
@PermitAll
@Produces(PagesResource.HTML)
public class PagesResource {

    static final String HTML = "text/html;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(PageViews.Landing page);

        static native TemplateInstance therapy(PageViews.Therapy page);
    }

    private final ClinicianPages pages;

    PagesResource(ClinicianPages pages) {
        this.pages = pages;
    }

    @GET
    @Operation(hidden = true)
    public String landing() {
        return Templates.landing(pages.landing()).render();
    }

    @GET
    @Path("therapies/{code}")
    @Operation(hidden = true)
    public String therapy(@PathParam("code") String code) {
        return pages.therapy(code).map(page -> Templates.therapy(page).render())
                .orElseThrow(() -> new NotFoundException("No therapy with code '" + code + "'; the landing page "
                        + "(/) lists them all."));
    }
}
