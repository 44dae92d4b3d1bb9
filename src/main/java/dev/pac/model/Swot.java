package dev.pac.model;

import java.util.List;

/** Strengths, weaknesses, opportunities and threats of the situation analysis. */
public record Swot(
    List<String> strengths,
    List<String> weaknesses,
    List<String> opportunities,
    List<String> threats) {}
