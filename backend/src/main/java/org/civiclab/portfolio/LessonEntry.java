package org.civiclab.portfolio;

import java.time.Instant;
import java.util.List;

import org.civiclab.portfolio.IdeaRecords.ExperimentRecord;
import org.civiclab.portfolio.IdeaRecords.Lesson;

/**
 * A stopped idea in the lessons library: what it was, why it was stopped and what its
 * tests taught.
 */
record LessonEntry(Long id, String reference, String title, String problem, String proposal, String organisation,
		String department, List<String> themes, Instant stoppedAt, String stoppedAtGate, String reason,
		Lesson learningCard, List<ExperimentRecord> experiments) {
}
