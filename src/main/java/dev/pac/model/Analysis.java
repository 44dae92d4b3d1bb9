package dev.pac.model;

/** The situation analysis a plan starts from. */
public record Analysis(Swot swot, String notes) {}
