/**
 * The actuals store as data, without I/O: a row ({@link dev.pac.store.Actual}) with its key order,
 * the canonical text of dates and values, and the upsert of imported rows into stored ones ({@link
 * dev.pac.store.Upsert}). {@code io.ActualsStore} reads and writes these rows; {@code io.CsvImport}
 * makes them from CSV exports.
 */
package dev.pac.store;
