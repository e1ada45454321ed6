package org.chorus.corpus.generate;

import org.chorus.corpus.Account;

/**
 * One account of the generated population: its public identity, its persona, how active it is
 * relative to others, and for campaign accounts the creation batch it came from (-1 otherwise).
 */
record Member(int index, Account account, Persona persona, double activity, int batch) {}
