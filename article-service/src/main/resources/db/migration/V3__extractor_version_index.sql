-- Bulk re-extraction looks articles up by the extractor version that made them, page by page in id order
-- (AdminArticleRepository.extractedBy), and lists the versions in use: both read this index, not the whole table.
CREATE INDEX articles_extractor_version_idx ON articles (extractor_version, id) WHERE extractor_version IS NOT NULL;
