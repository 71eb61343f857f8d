package org.civiclab.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.portfolio.IdeaRecords;
import org.civiclab.portfolio.IdeaRecords.Details;
import org.civiclab.portfolio.IdeaRecords.Lesson;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An idea's adoption links, both ways: the pilot it was adopted from, and the ideas other
 * organisations started from it. Every adoption counts; who adopted, how far they got and
 * what they learned only for the adoptions the reader may see (docs/adr/0036).
 */
@Component
class AdoptionLinks {

	private final IdeaViews views;

	private final IdeaRepository ideas;

	private final IdeaRecords records;

	private final NamedParameterJdbcTemplate jdbc;

	AdoptionLinks(IdeaViews views, IdeaRepository ideas, IdeaRecords records, NamedParameterJdbcTemplate jdbc) {
		this.views = views;
		this.ideas = ideas;
		this.records = records;
		this.jdbc = jdbc;
	}

	/**
	 * @param origin the pilot the idea was adopted from, if the reader may know it
	 * @param adoptions how many ideas were started from this one
	 * @param adopters those of them the reader may see
	 */
	@Schema(name = "AdoptionLinks")
	record Links(@Nullable Linked origin, long adoptions, List<Adopter> adopters) {
	}

	/** An idea at the other end of an adoption link, as the idea's page links to it. */
	@Schema(name = "LinkedIdea")
	record Linked(Long ideaId, String reference, String title, String organisation) {
	}

	/** An adopter's idea: where it is, how it ended, and what its tests taught. */
	@Schema(name = "Adopter")
	record Adopter(Linked idea, String stage, PilotOutcome outcome, List<Lesson> learningCards) {
	}

	@Transactional(readOnly = true)
	Links of(Long ideaId, CurrentUser reader) {
		Idea idea = this.views.readable(ideaId, reader);
		List<Long> adopterIds = this.jdbc.queryForList(
				"select id from idea where origin_id = :id and submitted_at is not null order by submitted_at, id",
				Map.of("id", ideaId), Long.class);
		List<Idea> seen = this.ideas.findAllById(adopterIds)
			.stream()
			.filter((adopter) -> IdeaPolicy.view(reader, adopter.facts()).isPresent())
			.sorted(Comparator.comparing(Idea::getSubmittedAt).thenComparing(Idea::getId))
			.toList();
		Details details = this.records.of(seen.stream().map(Idea::getId).toList());
		List<Adopter> adopters = seen.stream()
			.map((adopter) -> new Adopter(linked(adopter), adopter.getStage(),
					PilotOutcome.of(adopter.getStage(), adopter.isEnded()), lessons(details, adopter.getId())))
			.toList();
		return new Links(origin(idea, reader), adopterIds.size(), adopters);
	}

	private Linked origin(Idea idea, CurrentUser reader) {
		List<Long> origin = this.jdbc.queryForList(
				"select origin_id from idea where id = :id and origin_id is not null", Map.of("id", idea.getId()),
				Long.class);
		return origin.stream()
			.flatMap((id) -> this.ideas.findById(id).stream())
			.filter((found) -> IdeaPolicy.view(reader, found.facts()).isPresent())
			.map(AdoptionLinks::linked)
			.findFirst()
			.orElse(null);
	}

	private static Linked linked(Idea idea) {
		return new Linked(idea.getId(), idea.getReference(), idea.getTitle(), idea.getOrganisation().getName());
	}

	/** The learning cards of its experiments and of the decision that stopped it. */
	private static List<Lesson> lessons(Details details, Long ideaId) {
		return Stream
			.concat(details.experimentsOf(ideaId).stream().map(IdeaRecords.ExperimentRecord::learningCard),
					details.decisionsOf(ideaId).stream().map(IdeaRecords.DecisionRecord::learningCard))
			.filter((lesson) -> lesson != null)
			.toList();
	}

}
