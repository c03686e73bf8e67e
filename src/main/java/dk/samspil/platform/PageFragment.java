package dk.samspil.platform;

/**
 * A Thymeleaf fragment with one parameter, contributed by one module to a page another module owns (an entry's page, a
 * start page, the front page). The page renders it with
 * {@code th:replace="~{${part.template} :: ${part.name}(${part.model})}"}, so the contributing module's fragment shows
 * the model it was given instead of calling that module's beans by name.
 *
 * @param template the template that declares it, e.g. {@code engagement/material}
 * @param name     its name; it is declared with one parameter, e.g. {@code th:fragment="entryMaterial(events)"}
 * @param model    the value of that parameter: what the fragment shows
 */
public record PageFragment(String template, String name, Object model) {}
