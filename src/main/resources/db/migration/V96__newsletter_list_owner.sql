-- A list another module owns and keeps in step with its own data (a network's members, the tender-news list):
-- owner names it, e.g. 'networks:12' or 'tendernews'. Staff-made lists have none.
ALTER TABLE newsletter_list ADD COLUMN owner VARCHAR(100);
CREATE UNIQUE INDEX newsletter_list_owner ON newsletter_list (owner) WHERE owner IS NOT NULL;
