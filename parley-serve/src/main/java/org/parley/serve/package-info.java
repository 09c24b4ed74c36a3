/** The REST API, full-text search and web page over the event database. */
package org.parley.serve;
