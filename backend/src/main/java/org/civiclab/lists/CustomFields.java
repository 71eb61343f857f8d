package org.civiclab.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotNull;

import org.civiclab.web.Problems;
import org.civiclab.web.Problems.FieldProblem;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * An organisation's custom fields as the submission form and the idea page use them:
 * their spec, read from the database on every request (a field an admin adds shows at
 * once), the check of an idea's values, and the values ideas hold.
 */
@Service
public class CustomFields {

	private final CustomFieldRepository fields;

	private final NamedParameterJdbcTemplate jdbc;

	CustomFields(CustomFieldRepository fields, NamedParameterJdbcTemplate jdbc) {
		this.fields = fields;
		this.jdbc = jdbc;
	}

	/** A value an idea holds, with its field's label and type. */
	public record StoredValue(@NotNull Long fieldId, @NotNull String label, @NotNull FieldType type,
			@NotNull String value) {
	}

	/** The active fields of the organisation's submission form, in order. */
	@Transactional(readOnly = true)
	public List<FieldSpec> spec(Long organisationId) {
		return this.fields.findByOrganisationIdAndRetiredFalseOrderByPositionAscIdAsc(organisationId)
			.stream()
			.map(CustomField::spec)
			.toList();
	}

	/**
	 * The values as they are stored, by field; a 400 naming each field at fault: a
	 * required field left blank, a value of the wrong type, a field the form does not
	 * have.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> check(Long organisationId, List<FieldValue> values) {
		List<FieldSpec> spec = spec(organisationId);
		Map<Long, String> given = new HashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		Set<Long> known = spec.stream().map(FieldSpec::id).collect(Collectors.toSet());
		for (FieldValue value : (values != null) ? values : List.<FieldValue>of()) {
			if (!known.contains(value.fieldId())) {
				problems.add(FieldProblem.of("fields." + value.fieldId(), "custom-field.unknown"));
			}
			else if (StringUtils.hasText(value.value())) {
				given.put(value.fieldId(), value.value());
			}
		}
		Map<Long, String> stored = new LinkedHashMap<>();
		for (FieldSpec field : spec) {
			String value = given.get(field.id());
			if (value == null) {
				if (field.required()) {
					problems.add(FieldProblem.of(field.apiName(), "custom-field.required", field.label()));
				}
				continue;
			}
			FieldRules.Result result = FieldRules.check(field, value);
			result.stored()
				.ifPresentOrElse((ok) -> stored.put(field.id(), ok), () -> problems
					.add(FieldProblem.of(field.apiName(), "custom-field.invalid", field.label(), result.problem())));
		}
		if (!problems.isEmpty()) {
			throw Problems.invalid(problems);
		}
		return stored;
	}

	/**
	 * Replaces an idea's values of the organisation's active fields; values of retired
	 * fields stay.
	 */
	@Transactional
	public void store(Long ideaId, Long organisationId, Map<Long, String> values) {
		this.jdbc.update("""
				delete from idea_field_value where idea_id = :idea and field_id in
				(select id from custom_field where organisation_id = :organisation and retired = false)""",
				Map.of("idea", ideaId, "organisation", organisationId));
		values.forEach((field, value) -> this.jdbc.update(
				"insert into idea_field_value (idea_id, field_id, field_value) values (:idea, :field, :value)",
				Map.of("idea", ideaId, "field", field, "value", value)));
	}

	/** The values an idea holds, in the order of its organisation's fields. */
	@Transactional(readOnly = true)
	public List<StoredValue> valuesOf(Long ideaId) {
		return this.jdbc.query("""
				select f.id, f.label, f.type, v.field_value from idea_field_value v
				join custom_field f on f.id = v.field_id where v.idea_id = :idea
				order by f.position, f.id""", Map.of("idea", ideaId), (row, n) -> new StoredValue(row.getLong("id"),
				row.getString("label"), FieldType.valueOf(row.getString("type")), row.getString("field_value")));
	}

	/** The values of these ideas, by idea and field (for the exports). */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, String>> valuesOf(List<Long> ideaIds) {
		Map<Long, Map<Long, String>> values = new HashMap<>();
		if (!ideaIds.isEmpty()) {
			this.jdbc.query("select idea_id, field_id, field_value from idea_field_value where idea_id in (:ids)",
					Map.of("ids", ideaIds), (row) -> {
						values.computeIfAbsent(row.getLong("idea_id"), (id) -> new HashMap<>())
							.put(row.getLong("field_id"), row.getString("field_value"));
					});
		}
		return values;
	}

}
