/**
 * The embedded event database: documents, event mentions, deduplicated events, failures and
 * exports, in DuckDB. The schema ({@code schema.sql} beside this package) is the contract between
 * ingest, dedup, export, the web server and the Spark job.
 */
package org.parley.store;
