package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every UI text exists in Danish and in English, and every text is a valid message pattern. */
class MessageBundlesTest {

    private static final Pattern BEAN_VALIDATION_ATTRIBUTE = Pattern.compile("\\{[a-zA-Z]");

    @Test
    void danishAndEnglishHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties danish = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
        for (Properties bundle : new Properties[] {danish, english}) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(key).isNotBlank();
                // Bean Validation messages name their attributes ({max}); the others are MessageFormat patterns.
                if (!BEAN_VALIDATION_ATTRIBUTE.matcher(text).find()) {
                    new MessageFormat(text);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
