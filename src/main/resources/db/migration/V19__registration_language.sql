-- Event mails go out in the language the company registered in (the page's language, or the API's "language").
ALTER TABLE engagement_registration
    ADD COLUMN language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en'));
