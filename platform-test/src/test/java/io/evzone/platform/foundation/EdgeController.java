package io.evzone.platform.foundation;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that hand what the client sent straight to PostgreSQL, as a real service's filters do. */
@RestController
class EdgeController {

    private final JdbcClient jdbc;

    EdgeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Label(String text) {}

    record Labelled(String name, List<Label> labels) {}

    @GetMapping("/api/v1/widgets")
    @PreAuthorize("hasAuthority('widgets.read')")
    List<String> search(@RequestParam(required = false) String q) {
        return jdbc.sql("SELECT name FROM widget WHERE name LIKE :q")
                .param("q", "%" + (q == null ? "" : q) + "%")
                .query(String.class)
                .list();
    }

    @GetMapping("/api/v1/widgets/by-name/{name}")
    @PreAuthorize("hasAuthority('widgets.read')")
    Map<String, Long> count(@PathVariable String name) {
        return Map.of(
                "count",
                jdbc.sql("SELECT count(*) FROM widget WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single());
    }

    @PostMapping("/api/v1/widgets/labelled")
    @PreAuthorize("hasAuthority('widgets.write')")
    Map<String, Object> labelled(@RequestBody Labelled widget) {
        for (Label label : widget.labels()) {
            jdbc.sql("SELECT :text")
                    .param("text", label.text())
                    .query(String.class)
                    .single();
        }
        return Map.of("name", widget.name(), "labels", widget.labels().size());
    }

    /** The raw body, as a payment webhook reads it to check the provider's signature. */
    @PostMapping("/api/v1/widgets/public/raw")
    Map<String, Integer> raw(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }
}
