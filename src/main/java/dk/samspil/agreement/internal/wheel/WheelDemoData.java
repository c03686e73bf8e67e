package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.StaffDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data ({@code demo/agreement-wheel.json}): the status meetings in February, May, August and November, the
 * agreement's renewal in November and the budget dates, owned by the demo management user, from this year on. Added
 * once, when the wheel is empty (after the demo users exist).
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class WheelDemoData {

    static final String RESOURCE = "demo/agreement-wheel.json";
    private static final Logger log = LoggerFactory.getLogger(WheelDemoData.class);

    private final WheelService wheel;
    private final StaffDirectory staff;
    private final JsonMapper json;

    WheelDemoData(WheelService wheel, StaffDirectory staff, JsonMapper json) {
        this.wheel = wheel;
        this.staff = staff;
        this.json = json;
    }

    record Data(String owner, List<Item> items) {}

    /** An item; {@code startsOn} is a day of this year ({@code MM-dd}). */
    record Item(
            String title,
            String description,
            WheelItem.Category category,
            String startsOn,
            @Nullable String rrule,
            @Nullable Integer reminderDays) {}

    @EventListener(ApplicationReadyEvent.class)
    public void run() {
        if (!wheel.items().isEmpty()) {
            return;
        }
        Data data = read();
        Long owner = staff.activeByEmail(data.owner())
                .map(StaffDirectory.StaffMember::id)
                .orElse(null);
        int year = wheel.today().getYear();
        for (Item item : data.items()) {
            LocalDate startsOn = MonthDay.parse("--" + item.startsOn()).atYear(year);
            wheel.create(new WheelItemForm(
                    item.title(),
                    item.description(),
                    item.category(),
                    startsOn,
                    item.rrule(),
                    owner,
                    owner == null ? null : item.reminderDays()));
        }
        log.info("Demo data: {} items of the annual wheel", data.items().size());
    }

    private Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
