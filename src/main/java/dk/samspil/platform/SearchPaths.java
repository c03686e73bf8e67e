package dk.samspil.platform;

import java.util.List;

/**
 * Public GET paths where a query string asks for a search (the public list, its JSON twin). Anonymous requests to
 * them with a query string count against {@code samspil.rate-limit.search-per-minute} per client address, so one
 * client sending random queries past every cache cannot take the server's CPU. Modules declare them as beans.
 */
public record SearchPaths(List<String> paths) {

    public SearchPaths {
        paths = List.copyOf(paths);
    }

    public static SearchPaths of(String... paths) {
        return new SearchPaths(List.of(paths));
    }
}
