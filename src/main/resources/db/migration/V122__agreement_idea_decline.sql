-- an idea management declines keeps the reason, shown with the idea
ALTER TABLE agreement_idea ADD COLUMN decline_reason text;
ALTER TABLE agreement_idea ADD CONSTRAINT agreement_idea_declined_reason
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL));
