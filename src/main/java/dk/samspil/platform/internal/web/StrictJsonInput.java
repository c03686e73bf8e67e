package dk.samspil.platform.internal.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dk.samspil.platform.Numbers;
import dk.samspil.platform.RefusedJsonValue;
import dk.samspil.platform.TextInput;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON APIs' edge, the same rules as for forms: every text without control characters, numbers within
 * {@link Numbers}' bounds, no {@code 1.5} where a whole number belongs (Jackson would truncate it), and no
 * {@code null} inside a list ({@code "cpvCodes":[null]}, {@code "lots":[null]}), which used to become a 500 or be
 * dropped silently. Each refusal is a {@link RefusedJsonValue}, which the modules' handlers answer with a 400 in
 * Danish naming the field.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        JsonSetter.Value noNullElements = JsonSetter.Value.forContentNulls(Nulls.FAIL);
        SimpleModule module = new SimpleModule("samspil-strict-input")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(BigDecimal.class, new BoundedDecimal());
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withConfigOverride(List.class, o -> o.setNullHandling(noNullElements))
                .withConfigOverride(Set.class, o -> o.setNullHandling(noNullElements))
                .withConfigOverride(Collection.class, o -> o.setNullHandling(noNullElements))
                .addModule(module);
    }

    /** Text as Jackson reads it, refused when it holds a control character. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String text = super.deserialize(p, ctxt);
            if (TextInput.hasControlCharacters(text)) {
                throw new RefusedJsonValue(p, TextInput.CONTROL_MESSAGE, "control character in text");
            }
            return text;
        }
    }

    /** A decimal refused outside {@link Numbers}' bounds ({@code 1e400}, twenty digits, five decimals). */
    static final class BoundedDecimal extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (!Numbers.isBounded(value)) {
                throw new RefusedJsonValue(p, Numbers.MESSAGE, "number out of bounds");
            }
            return value;
        }
    }
}
