package org.civiclab.portfolio;

import java.time.Instant;
import java.util.List;

import org.civiclab.portfolio.IdeaRecords.ExperimentRecord;
import org.civiclab.portfolio.IdeaRecords.Lesson;

import org.springframework.lang.Nullable;

/**
 * A stopped idea in the lessons library: what it was, why it was stopped and what its
 * tests taught.
 */
record LessonEntry(Long id, String reference, String title, String problem, String proposal, String organisation,
		@Nullable String department, List<String> themes, @Nullable Instant stoppedAt, @Nullable String stoppedAtGate,
		@Nullable String reason, @Nullable Lesson learningCard, List<ExperimentRecord> experiments) {
}
