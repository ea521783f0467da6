package io.newsroom.extraction.engine.model;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
