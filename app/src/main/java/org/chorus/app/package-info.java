/**
 * The operations Chorus offers, one call each: an immutable request record in, result records
 * out. The command line, the web workbench and the Spark jobs are thin layers over these calls:
 * they parse, call, and present, and never hold logic of their own.
 */
package org.chorus.app;
