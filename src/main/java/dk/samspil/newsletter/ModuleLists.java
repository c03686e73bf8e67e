package dk.samspil.newsletter;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Mailing lists another module owns and keeps in step with its own data: a network's members, the tender-news list.
 * The people on them are the newsletter's (one per e-mail address), with the same consent log, unsubscribe links and
 * preference centre as every other list.
 */
public interface ModuleLists {

    /**
     * The list owned by {@code owner} (e.g. {@code networks:12}, {@code tendernews}), created with the name and purpose
     * when missing: PUBLIC (offered at /nyhedsbrev) when {@code publicSignUp}, else INTERNAL; never marketing.
     * Idempotent.
     *
     * @return the list's id
     */
    long ensureList(String owner, String name, String purpose, boolean publicSignUp);

    /**
     * Makes the person an active member on the legal basis of a relationship (CUSTOMER), recorded in the consent log
     * as done by staff from {@code source}. Someone who unsubscribed from the list themselves stays off it; someone a
     * module took off earlier (e.g. left the network) is added again. Idempotent.
     *
     * @throws dk.samspil.platform.Rejected when the address is not an e-mail address
     */
    void addMember(long listId, String email, @Nullable String name, String source);

    /** Ends the membership, recorded as withdrawn by staff from {@code source}. Idempotent. */
    void removeMember(long listId, String email, String source);

    /**
     * A public sign-up to a PUBLIC list through the newsletter's own double opt-in (the confirmation mail).
     *
     * @throws dk.samspil.platform.Rejected when the address is not an e-mail address or the list is not public
     */
    void signUp(long listId, String email, @Nullable String name, String source);

    /** The active members, each with a signed one-click unsubscribe link, for mails the owning module builds. */
    List<Member> activeMembers(long listId);

    /** Whether the address is an active member of the list. */
    boolean isActiveMember(long listId, String email);

    /**
     * An active member.
     *
     * @param unsubscribeUrl     the signed one-click unsubscribe link from this list
     * @param unsubscribeHeaders {@code List-Unsubscribe}, {@code List-Unsubscribe-Post} and {@code List-Id} for the mail
     */
    record Member(String email, @Nullable String name, String unsubscribeUrl, Map<String, String> unsubscribeHeaders) {}
}
