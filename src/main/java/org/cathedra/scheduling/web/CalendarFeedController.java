package org.cathedra.scheduling.web;

import org.cathedra.scheduling.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves private calendar feeds at {@code /calendar/<token>.ics}; an unknown or revoked token is a 404. */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
