package dev.pac.model;

import jakarta.validation.Valid;

/** The situation analysis a plan starts from. */
public record Analysis(@Valid Swot swot, String notes) {}
