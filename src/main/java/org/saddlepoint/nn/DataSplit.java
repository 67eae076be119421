package org.saddlepoint.nn;

/** A training set and a held-out test set drawn from the same distribution. */
public record DataSplit(Dataset train, Dataset test) { }
