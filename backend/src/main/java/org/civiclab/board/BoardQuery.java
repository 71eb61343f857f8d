package org.civiclab.board;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import org.civiclab.idea.IdeaView.TimeBoxState;
import org.civiclab.idea.Stages;
import org.civiclab.idea.TextSearch;
import org.civiclab.people.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads one page of one column of the board, filtered, oldest first.
 */
@Component
class BoardQuery {

	/**
	 * Oldest first, the id breaking ties. The stage leads although the query fixes it: so
	 * the order is the board index's (V4, V5), and H2 reads the first page from the index
	 * instead of sorting the whole column (2.7 s against 26 ms for a column of 30,000
	 * ideas; docs/benchmarks.md).
	 */
	private static final String ORDER = " order by i.stage asc, i.stageEnteredAt asc, i.id asc";

	private final EntityManager entityManager;

	BoardQuery(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The same page of each of these columns, read in one transaction. */
	@Transactional(readOnly = true)
	List<BoardPage> pages(List<String> stages, BoardFilter filter, CurrentUser viewer, int page, int size) {
		return stages.stream().map((stage) -> page(stage, filter, viewer, page, size)).toList();
	}

	private BoardPage page(String stage, BoardFilter filter, CurrentUser viewer, int page, int size) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = where(stage, filter, viewer, parameters);
		TypedQuery<Tuple> cards = this.entityManager.createQuery("""
				select i.id as id, i.reference as reference, i.title as title, s.username as owner,
				       s.displayName as ownerName, i.department as department, o.name as organisation,
				       o.id as organisationId,
				       i.stage as stage, i.stageEnteredAt as enteredAt, i.testEndsAt as endsAt,
				       i.testRemindAt as remindAt, i.version as version, i.scaleProposedBy as scaleProposer,
				       (select count(sp) from Support sp where sp.key.ideaId = i.id) as supports
				from Idea i join i.submitter s join i.organisation o
				""" + where + ORDER, Tuple.class);
		TypedQuery<Long> total = this.entityManager.createQuery("select count(i) from Idea i " + where, Long.class);
		parameters.forEach((name, value) -> {
			cards.setParameter(name, value);
			total.setParameter(name, value);
		});
		Instant now = Instant.now();
		List<Tuple> rows = cards.setFirstResult(page * size).setMaxResults(size).getResultList();
		Map<Long, String> scaleProposers = new HashMap<>();
		Set<Long> ownOrganisation = new HashSet<>();
		rows.forEach((row) -> {
			if (viewer.organisationId().equals(row.get("organisationId", Long.class))) {
				ownOrganisation.add(row.get("id", Long.class));
			}
			if (row.get("scaleProposer") != null) {
				scaleProposers.put(row.get("id", Long.class), row.get("scaleProposer", String.class));
			}
		});
		return new BoardPage(total.getSingleResult(), rows.stream().map((row) -> card(row, now)).toList(),
				scaleProposers, ownOrganisation);
	}

	/**
	 * A page of cards; {@code scaleProposers} by idea id, for the four-eyes rule; the ids
	 * of the viewer's organisation's ideas, the only ones the viewer may act on.
	 */
	record BoardPage(long total, List<BoardCard> cards, Map<Long, String> scaleProposers, Set<Long> ownOrganisation) {
	}

	private static String where(String stage, BoardFilter filter, CurrentUser viewer, Map<String, Object> parameters) {
		// The viewer's organisation's ideas and the public ones (docs/adr/0014).
		StringBuilder where = new StringBuilder(
				" where i.stage = :stage and (i.publicIdea = true or i.organisation.id = :viewerOrganisation)");
		parameters.put("stage", stage);
		parameters.put("viewerOrganisation", viewer.organisationId());
		if (filter.organisation() != null) {
			where.append(" and i.organisation.id = :organisation");
			parameters.put("organisation", filter.organisation());
		}
		if (StringUtils.hasText(filter.department())) {
			where.append(" and i.department = :department");
			parameters.put("department", filter.department());
		}
		if (StringUtils.hasText(filter.theme())) {
			where.append(" and :theme member of i.themes");
			parameters.put("theme", filter.theme());
		}
		if (StringUtils.hasText(filter.owner())) {
			where.append(" and i.submitter.username = :owner");
			parameters.put("owner", filter.owner());
		}
		if (StringUtils.hasText(filter.q())) {
			where.append(" and (lower(i.title) like :q escape '!' or lower(i.reference) like :q escape '!'"
					+ " or lower(i.proposal) like :q escape '!')");
			parameters.put("q", TextSearch.containsPattern(filter.q()));
		}
		return where.toString();
	}

	private static BoardCard card(Tuple row, Instant now) {
		Instant endsAt = row.get("endsAt", Instant.class);
		TimeBoxState timeBox = (Stages.TEST.equals(row.get("stage", String.class)) && endsAt != null)
				? TimeBoxState.of(endsAt, row.get("remindAt", Instant.class), now) : null;
		return new BoardCard(row.get("id", Long.class), row.get("reference", String.class),
				row.get("title", String.class), row.get("owner", String.class), row.get("ownerName", String.class),
				row.get("department", String.class), row.get("organisation", String.class),
				Duration.between(row.get("enteredAt", Instant.class), now).toDays(), timeBox,
				row.get("supports", Long.class), row.get("version", Long.class), List.of());
	}

}
