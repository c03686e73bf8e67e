-- Single sign-on with OpenID Connect: the identity provider's groups mapped to Samspil roles (kept by
-- administrators), the link of a staff user to their identity at the provider, and refused logins in the audit log.

CREATE TABLE sso_group_role
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_name TEXT                     NOT NULL CHECK (length(trim(group_name)) > 0),
    role       TEXT                     NOT NULL CHECK (role IN ('ADMIN', 'PROCUREMENT', 'CONSULTANT', 'MANAGEMENT', 'CASEWORKER', 'JOBCENTER')),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Group ids (Entra ID object ids) and names match regardless of case.
CREATE UNIQUE INDEX sso_group_role_uq ON sso_group_role (lower(group_name), role);

-- Issuer and subject ("sub") of the identity provider's user; set at the first single sign-on.
ALTER TABLE staff_user
    ADD COLUMN sso_issuer  TEXT,
    ADD COLUMN sso_subject TEXT;
CREATE UNIQUE INDEX staff_user_sso_uq ON staff_user (sso_issuer, sso_subject) WHERE sso_subject IS NOT NULL;

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'REFUSE'));
