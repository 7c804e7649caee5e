package app.rada.api.ideas;

import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.ideas.DiscussionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The discussion under an idea: top-level comments oldest first, each with its replies; new comments. */
@RestController
@RequestMapping(path = "/api/v1/ideas/{id}/comments", produces = "application/json")
@Tag(name = "Comments")
class IdeaCommentsApi {

    private final DiscussionService discussion;

    IdeaCommentsApi(DiscussionService discussion) {
        this.discussion = discussion;
    }

    @GetMapping
    @Operation(summary = "Top-level comments, oldest first, each with all its replies")
    ApiPage<CommentItem> list(@PathVariable long id, @RequestParam(required = false) @Nullable String cursor,
                              @Parameter(description = "at most 100 top-level comments")
                              @RequestParam(required = false) @Nullable Integer limit) {
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        var fetched = discussion.comments(id, offset, size + 1 > Cursor.MAX_LIMIT ? Cursor.MAX_LIMIT : size + 1);
        if (size == Cursor.MAX_LIMIT && fetched.size() == Cursor.MAX_LIMIT) {
            var more = discussion.comments(id, offset + Cursor.MAX_LIMIT, 1);
            fetched = java.util.stream.Stream.concat(fetched.stream(), more.stream()).toList();
        }
        return ApiPage.byOffset(fetched, offset, size, CommentItem::of);
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Comment as the token's person, or reply with parentId")
    ResponseEntity<CreatedItem> add(@PathVariable long id, @Valid @RequestBody CommentRequest request) {
        long commentId = discussion.comment(id, request.parentId(), Objects.requireNonNull(request.text()));
        return ResponseEntity.created(URI.create("/api/v1/ideas/" + id + "/comments"))
                .body(new CreatedItem(commentId));
    }

    /** The id of what was just created. */
    record CreatedItem(long id) {
    }
}
