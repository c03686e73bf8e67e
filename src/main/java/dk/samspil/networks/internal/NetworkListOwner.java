package dk.samspil.networks.internal;

import dk.samspil.newsletter.ListOwnerLabel;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names a network's members' list on the newsletter's staff pages: the networks label with the network's name. */
@Component
class NetworkListOwner implements ListOwnerLabel {

    private static final String PREFIX = "networks:";

    private final NetworkService networks;
    private final MessageSource messages;

    NetworkListOwner(NetworkService networks, MessageSource messages) {
        this.networks = networks;
        this.messages = messages;
    }

    @Override
    public Optional<String> label(String owner, Locale locale) {
        if (!owner.startsWith(PREFIX) || !owner.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return networks.find(Long.parseLong(owner.substring(PREFIX.length())))
                .map(network -> messages.getMessage("networks.list.owner", new Object[] {network.name()}, locale));
    }
}
