package dk.samspil.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/**
 * Markup rendered by templates compiled to Java at build time (jte, {@code src/main/jte}), for the few page parts
 * where Thymeleaf's interpretation is most of a request's cost (see docs/performance.md). The result is escaped
 * HTML, ready for a Thymeleaf page to insert with {@code th:utext}; Thymeleaf stays the engine of every page.
 */
@Component
public class CompiledTemplates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (e.g. {@code pipeline/results.jte}) with its one parameter. */
    public String render(String name, Object parameter) {
        StringOutput output = new StringOutput(8192);
        engine.render(name, parameter, output);
        return output.toString();
    }
}
