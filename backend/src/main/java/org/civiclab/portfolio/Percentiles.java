package org.civiclab.portfolio;

import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks (the method of most
 * spreadsheets' PERCENTILE.INC): the median of 2, 4, 6, 10 is 5; their 90th percentile
 * 8.8.
 */
final class Percentiles {

	private Percentiles() {
	}

	/** The p-th percentile (0–1) of sorted values; 0 for none. */
	static double of(List<Double> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		double rank = p * (sorted.size() - 1);
		int below = (int) Math.floor(rank);
		int above = Math.min(below + 1, sorted.size() - 1);
		return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
	}

	static double rounded(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
