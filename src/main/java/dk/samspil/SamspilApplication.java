package dk.samspil;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// @ApplicationModuleListener handlers run asynchronously after the publishing transaction commits; the event
// publication registry keeps each event until its handler succeeded.
@EnableAsync
public class SamspilApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamspilApplication.class, args);
    }
}
