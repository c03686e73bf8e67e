package dk.samspil.newsletter.internal;

import org.jspecify.annotations.Nullable;

/** A new mailing list. */
record ListForm(
        @Nullable String name,
        @Nullable String purpose,
        MailingList.@Nullable Visibility visibility,
        boolean doubleOptIn,
        boolean marketing) {

    static ListForm empty() {
        return new ListForm(null, null, MailingList.Visibility.PUBLIC, true, false);
    }

    NewsletterLists.NewList toNewList() {
        return new NewsletterLists.NewList(name, purpose, visibility, doubleOptIn, marketing);
    }
}
