// Constraints and indexes, applied at start-up (idempotent: IF NOT EXISTS). Statements end with ';'.
// Every node carries :Entity, so one constraint makes ids unique across all kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT name_id IF NOT EXISTS FOR (n:Name) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_event_id IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT technology_area_id IF NOT EXISTS FOR (n:TechnologyArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mechanism_id IF NOT EXISTS FOR (n:Mechanism) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT date_claim_id IF NOT EXISTS FOR (n:DateClaim) REQUIRE n.id IS UNIQUE;

// Range indexes where listings filter and order.
CREATE INDEX instrument_year IF NOT EXISTS FOR (n:Instrument) ON (n.year);
CREATE INDEX instrument_date IF NOT EXISTS FOR (n:Instrument) ON (n.date);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX instrument_title IF NOT EXISTS FOR (n:Instrument) ON (n.title);
CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX institution_country IF NOT EXISTS FOR (n:Institution) ON (n.country);
CREATE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_year IF NOT EXISTS FOR (n:Event) ON (n.dateYear);
CREATE INDEX mechanism_kind IF NOT EXISTS FOR (n:Mechanism) ON (n.kind);
CREATE INDEX technology_area_name IF NOT EXISTS FOR (n:TechnologyArea) ON (n.name);
CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin);

// Full-text search over every name a thing has: titles, display names, acronyms, legal, applied,
// former and Japanese names (Name nodes), and summaries. standard-folding folds case and accents.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Instrument|Institution|Name|TechnologyArea|Mechanism|Event|Country|ChangeEvent)
ON EACH [n.title, n.shortTitle, n.name, n.acronym, n.value, n.nameJa, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
