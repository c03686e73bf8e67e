package dk.samspil.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.IntegrationTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every {@code ${@bean.method(...)}} a template calls names a bean that exists and a public method of it. A template
 * is only evaluated when its page is rendered, so a method renamed or removed in Java otherwise shows up as a 500 on
 * whichever page happens not to be tested.
 */
class TemplateBeanCallsTest extends IntegrationTest {

    private static final Pattern BEAN_CALL = Pattern.compile("@([a-zA-Z][a-zA-Z0-9]*)\\.([a-zA-Z][a-zA-Z0-9]*)\\(");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanMethodATemplateCallsExists() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        List<String> missing = new ArrayList<>();
        int calls = 0;
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher call = BEAN_CALL.matcher(html);
            while (call.find()) {
                calls++;
                String bean = call.group(1);
                String method = call.group(2);
                if (!context.containsBean(bean)) {
                    missing.add(template.getFilename() + ": no bean @" + bean);
                } else if (!hasPublicMethod(AopUtils.getTargetClass(context.getBean(bean)), method)) {
                    missing.add(template.getFilename() + ": @" + bean + " has no public method " + method);
                }
            }
        }
        assertThat(calls).isPositive();
        assertThat(missing).isEmpty();
    }

    private static boolean hasPublicMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .anyMatch(name::equals);
    }
}
