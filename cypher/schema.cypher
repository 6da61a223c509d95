// Constraints and indexes, applied at start-up (idempotent: IF NOT EXISTS). Statements end with ';'.
// Every node carries :Entity, so one constraint makes ids unique across all kinds.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
// The graph version token every write transaction changes (cypher/graph-version-bump.cypher): one node, never an Entity.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
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
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_topic_id IF NOT EXISTS FOR (n:PolicyTopic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
// Curator revision history and retired records' tombstones (src/curation/recordRevision.ts, retireRecord.ts): never :Entity.
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE;
CREATE INDEX revision_subject IF NOT EXISTS FOR (r:Revision) ON (r.subject);
CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (t:Retired) REQUIRE t.id IS UNIQUE;

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
CREATE INDEX provision_kind IF NOT EXISTS FOR (n:Provision) ON (n.kind);
CREATE INDEX figure_measure IF NOT EXISTS FOR (n:Figure) ON (n.measure);

// Full-text search over every name a thing has: titles, display names, acronyms, legal, applied,
// former and Japanese names (Name nodes), and summaries; provisions by their text, figures by what
// they measure and as written, posts by title. standard-folding folds case and accents.
// The index's definition changed when provisions came (v2): an index cannot be altered, so the old one goes.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS
FOR (n:Instrument|Institution|Name|TechnologyArea|Mechanism|Event|Country|ChangeEvent|Provision|PolicyTopic|Figure|Post|Person)
ON EACH [n.title, n.shortTitle, n.name, n.acronym, n.value, n.nameJa, n.summary, n.text, n.measure, n.asWritten]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };

// Japanese (and Chinese, Korean) text, indexed by the cjk analyzer: overlapping two-character words
// (bigrams) instead of single characters, so "協定" finds only texts containing 協定, not every 協 of 協力.
// It folds full-width Latin and half-width katakana. Search routes a text with CJK characters here and
// any other text to entity_search_v2 (src/graph/buildSearchQuery.ts). Acronyms are left out: they are
// Latin, and Neo4j keeps one index per set of labels and properties, so the two must differ (an index
// with entity_search_v2's exact schema is skipped without a word under IF NOT EXISTS).
CREATE FULLTEXT INDEX entity_search_cjk IF NOT EXISTS
FOR (n:Instrument|Institution|Name|TechnologyArea|Mechanism|Event|Country|ChangeEvent|Provision|PolicyTopic|Figure|Post|Person)
ON EACH [n.title, n.shortTitle, n.name, n.value, n.nameJa, n.summary, n.text, n.measure, n.asWritten]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };

// Every name of a thing as one normalised key (nameKeys, src/model/nameKey.ts), and the tails of each
// key that start a word (nameTails), kept whole by the keyword analyzer: the exact-name lookup
// (nameKeys:"department of industry" → ISED first) and suggestions (a prefix of a key or of a tail,
// with no leading wildcard). Full-text rather than a range index because both are lists, which range
// indexes cannot look into.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|Institution|Name|ChangeEvent|TechnologyArea|Mechanism|Event|Instrument|PolicyTopic|Post|Person)
ON EACH [n.nameKeys, n.nameTails]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } };
