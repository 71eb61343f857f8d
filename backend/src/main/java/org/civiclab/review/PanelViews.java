package org.civiclab.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.civiclab.decision.DecisionRequest.Scores;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.Recommendation;
import org.civiclab.pipeline.ReviewTask;
import org.civiclab.pipeline.RubricScores;
import org.civiclab.review.PanelView.CriterionSpread;
import org.civiclab.review.PanelView.ReviewView;

/**
 * A panel as one reader may see it: the rule of {@link PanelView}, in one place.
 */
final class PanelViews {

	/** The rubric's criteria, as the screening rubric (a DMN table) names its inputs. */
	private static final Map<String, ToIntFunction<Scores>> CRITERIA = new LinkedHashMap<>();

	static {
		CRITERIA.put("strategicFit", Scores::strategicFit);
		CRITERIA.put("citizenValue", Scores::citizenValue);
		CRITERIA.put("feasibility", Scores::feasibility);
		CRITERIA.put("novelty", Scores::novelty);
	}

	private PanelViews() {
	}

	/**
	 * The panel as the reader may see it; open while its gate is undecided and the idea
	 * not ended (a withdrawn idea's panel closes with it).
	 */
	static PanelView of(Panel panel, boolean ideaEnded, CurrentUser reader, boolean lead, List<ReviewTask> openTasks,
			PersonRepository people, Pipeline pipeline) {
		boolean open = panel.isOpen() && !ideaEnded;
		boolean ownIn = panel.reviewOf(reader.id()).map(Review::isSubmitted).orElse(false);
		List<ReviewView> reviews = new ArrayList<>();
		List<Scores> submitted = new ArrayList<>();
		for (Review review : panel.getReviews()) {
			Person reviewer = review.getReviewer();
			boolean yours = reviewer.getId().equals(reader.id());
			if (review.isSubmitted()) {
				submitted.add(review.getScores());
			}
			boolean scores = review.isSubmitted() && (lead || yours || ownIn);
			boolean notes = review.isSubmitted() && (lead || yours);
			reviews.add(new ReviewView(reviewer.getUsername(), reviewer.getDisplayName(), review.getSubmittedAt(),
					scores ? review.getScores() : null, notes ? review.getNotes() : null,
					yours ? review.getVersion() : null, yours));
		}
		boolean taskOpen = openTasks.stream().anyMatch((task) -> task.reviewer().equals(reader.username()));
		boolean mayReview = open && (taskOpen || ownIn);
		String assignedBy = people.findById(panel.getAssignedById()).map(Person::getDisplayName).orElse(null);
		boolean aggregate = lead && !submitted.isEmpty();
		return new PanelView(panel.getId(), panel.getGate(), panel.getAssignedAt(), panel.getDueAt(), assignedBy, open,
				panel.getDecisionId(), List.copyOf(reviews), aggregate ? spread(submitted) : null,
				aggregate ? recommendation(submitted, pipeline) : null, mayReview);
	}

	static List<CriterionSpread> spread(List<Scores> submitted) {
		List<CriterionSpread> spread = new ArrayList<>();
		CRITERIA.forEach((criterion, score) -> {
			IntSummaryStatistics figures = submitted.stream().mapToInt(score).summaryStatistics();
			int apart = figures.getMax() - figures.getMin();
			spread.add(new CriterionSpread(criterion, figures.getMin(), figures.getMax(), round(figures.getAverage()),
					apart, apart >= Panels.DISAGREEMENT));
		});
		return List.copyOf(spread);
	}

	/** The rubric's recommendation on the mean scores, each rounded half up. */
	private static Recommendation recommendation(List<Scores> submitted, Pipeline pipeline) {
		int[] means = CRITERIA.values()
			.stream()
			.mapToInt((score) -> (int) Math.round(submitted.stream().mapToInt(score).average().orElseThrow()))
			.toArray();
		return pipeline.recommend(new RubricScores(means[0], means[1], means[2], means[3]));
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
