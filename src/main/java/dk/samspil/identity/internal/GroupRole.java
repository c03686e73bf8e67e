package dk.samspil.identity.internal;

/** One row of the single sign-on mapping: members of the identity provider's group get the Samspil role. */
record GroupRole(long id, String group, String role) {

    AuditState auditState() {
        return new AuditState(group, role);
    }

    record AuditState(String group, String role) {}
}
