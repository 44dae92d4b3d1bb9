/**
 * The actuals store: its rows ({@link dev.pac.actuals.Actual}) with their key order, the canonical
 * text of dates and values, the upsert of imported rows into stored ones ({@link
 * dev.pac.actuals.Upsert}), and the store file itself ({@link dev.pac.actuals.ActualsStore}, which
 * streams it and writes it). {@code imports.CsvImport} makes rows from CSV exports.
 */
package dev.pac.actuals;
