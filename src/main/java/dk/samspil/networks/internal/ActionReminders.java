package dk.samspil.networks.internal;

import dk.samspil.networks.NetworksProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owner of each action from a network meeting by e-mail, {@code samspil.networks.reminder-days-before}
 * days before it is due (or at once when it is due sooner); each action once, whichever instance claims it.
 */
@Component
class ActionReminders {

    private final MeetingService meetings;
    private final NetworkService networks;
    private final NetworkMails mails;
    private final NetworksProperties properties;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ActionReminders(
            MeetingService meetings,
            NetworkService networks,
            NetworkMails mails,
            NetworksProperties properties,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.meetings = meetings;
        this.networks = networks;
        this.mails = mails;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${samspil.networks.reminder-cron:0 15 7 * * *}", zone = "Europe/Copenhagen")
    @Transactional
    public int remind() {
        int sent = 0;
        for (Meeting.Action action :
                meetings.claimDueActions(networks.today().plusDays(properties.reminderDaysBefore()))) {
            var names = jdbc.sql("""
                            SELECT n.name AS network, m.title FROM network_action a
                            JOIN network_meeting m ON m.id = a.meeting_id JOIN network n ON n.id = m.network_id
                            WHERE a.id = :id""")
                    .param("id", action.id())
                    .query((rs, i) -> new String[] {rs.getString("network"), rs.getString("title")})
                    .single();
            mails.reminder(names[0], names[1], action);
            sent++;
        }
        return sent;
    }
}
