package dk.samspil.platform.internal.web;

import dk.samspil.platform.NavigationItem;
import dk.samspil.platform.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.everyone("home", "/", "nav.home", 0);
    }

    @Bean
    NavigationItem adminNavigation() {
        return NavigationItem.forRoles("admin", "/admin", "nav.admin", 900, Roles.ADMIN);
    }

    @Bean
    NavigationItem accountNavigation() {
        return NavigationItem.loggedIn("account", "/konto", "nav.account", 950);
    }
}
