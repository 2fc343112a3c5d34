package org.maizuru.claims.api.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maizuru.claims.api.ClaimsApi;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.notice.AssociationNotice;
import org.maizuru.claims.notice.NoticeService;
import org.maizuru.claims.platform.UnitOfWork;

/**
 * {@code /api/v1/notices}: what the association has been told about its claims, newest first, a page at a time.
 * {@code next} is the cursor of the next page ({@code ?after=}); it stays valid however many notices arrive.
 */
@Tag(name = "notices", description = "An association's notices: requests, reminders and decisions about its claims.")
@Path("notices")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    /** One notice; {@code kind} names what it tells, {@code dueOn} is a request's last day. */
    public record NoticeJson(
            long id, String kind, long claimId, String claimNumber, LocalDate dueOn, Instant createdAt, boolean read) {
        static NoticeJson of(AssociationNotice notice) {
            return new NoticeJson(
                    notice.id(),
                    notice.kind().name(),
                    notice.claimId(),
                    notice.claimNumber(),
                    notice.dueOn().orElse(null),
                    notice.createdAt(),
                    notice.isRead());
        }
    }

    public record NoticesJson(List<NoticeJson> items, long unread, String next) {}

    @Inject
    Actor actor;

    @Inject
    NoticeService notices;

    @Inject
    UnitOfWork work;

    @Operation(
            operationId = "listNotices",
            summary = "Read the notices",
            description = "The association's notices, newest first, with the number unread.")
    @APIResponse(
            responseCode = "200",
            description = "A page of notices",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticesJson.class)))
    @APIResponse(responseCode = "400", ref = ClaimsApi.INVALID)
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @GET
    public NoticesJson inbox(@QueryParam("after") String after, @QueryParam("size") @DefaultValue("20") int size) {
        var page = notices.inbox(actor, cursor(after), size);
        return new NoticesJson(
                page.notices().stream().map(NoticeJson::of).toList(),
                notices.unreadCount(actor),
                page.next() == null ? null : page.next().toString());
    }

    @Operation(operationId = "markNoticeRead", summary = "Mark a notice read")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "403", ref = ClaimsApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ClaimsApi.NOT_FOUND)
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notices.markRead(actor, id);
        work.flush();
        return Response.noContent().build();
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(after.strip());
        } catch (NumberFormatException e) {
            throw new DomainException.Invalid("after", "notice.badCursor");
        }
    }
}
