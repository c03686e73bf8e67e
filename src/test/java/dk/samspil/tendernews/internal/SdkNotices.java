package dk.samspil.tendernews.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The example notices of the eForms SDK jar on the classpath. */
final class SdkNotices {

    private SdkNotices() {}

    static byte[] bytes(String name) {
        try (InputStream in = SdkNotices.class.getResourceAsStream("/eforms-sdk/examples/notices/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
