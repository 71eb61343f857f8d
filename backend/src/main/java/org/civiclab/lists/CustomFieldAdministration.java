package org.civiclab.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civiclab.audit.AuditLog;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's changes to an organisation's custom fields: add, change (label, required,
 * choices, place), retire. A field's type changes only while no idea holds a value of it.
 */
@Service
class CustomFieldAdministration {

	private final CustomFieldRepository fields;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	CustomFieldAdministration(CustomFieldRepository fields, NamedParameterJdbcTemplate jdbc, AuditLog audit) {
		this.fields = fields;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A field as the admin page shows it. */
	record CustomFieldView(long id, String label, FieldType type, boolean required, List<String> choices, int position,
			boolean retired) {

		static CustomFieldView of(CustomField field) {
			FieldSpec spec = field.spec();
			return new CustomFieldView(field.getId(), spec.label(), spec.type(), spec.required(), spec.choices(),
					field.getPosition(), field.isRetired());
		}

	}

	@Transactional(readOnly = true)
	List<CustomFieldView> all(Long organisationId) {
		return this.fields.findByOrganisationIdOrderByPositionAscIdAsc(organisationId)
			.stream()
			.map(CustomFieldView::of)
			.toList();
	}

	@Transactional
	CustomFieldView add(Long organisationId, CustomFieldRequest request, CurrentUser user) {
		check(request);
		CustomField field = new CustomField(organisationId,
				this.fields.findByOrganisationIdOrderByPositionAscIdAsc(organisationId).size());
		field.describe(request);
		this.fields.save(field);
		this.audit.record(user.username(), "CUSTOM_FIELD_ADDED", "custom_field", field.getId(), null,
				request.label().strip());
		return CustomFieldView.of(field);
	}

	@Transactional
	CustomFieldView change(Long organisationId, Long id, CustomFieldRequest request, CurrentUser user) {
		CustomField field = this.fields.findById(id)
			.filter((found) -> found.getOrganisationId().equals(organisationId))
			.orElseThrow(() -> Problems.notFound("custom-field.not-found", id));
		check(request);
		if (field.getType() != request.type() && holdsValues(id)) {
			throw Problems.invalid("type", "custom-field.type-fixed", field.getType());
		}
		field.describe(request);
		if (request.position() != null && request.position() != field.getPosition()) {
			List<CustomField> all = new ArrayList<>(
					this.fields.findByOrganisationIdOrderByPositionAscIdAsc(organisationId));
			all.remove(field);
			all.add(Math.max(0, Math.min(request.position(), all.size())), field);
			for (int i = 0; i < all.size(); i++) {
				all.get(i).moveTo(i);
			}
		}
		this.audit.record(user.username(), "CUSTOM_FIELD_CHANGED", "custom_field", id, null,
				request.label().strip() + (request.retired() ? " (retired)" : ""));
		return CustomFieldView.of(field);
	}

	private static void check(CustomFieldRequest request) {
		if (request.type() == FieldType.CHOICE && request.choices().isEmpty()) {
			throw Problems.invalid("choices", "custom-field.choice-needed");
		}
		if (request.choices().stream().anyMatch((choice) -> choice.contains("\n") || choice.contains("\r"))) {
			throw Problems.invalid("choices", "custom-field.choice-one-line");
		}
	}

	private boolean holdsValues(Long id) {
		Long count = this.jdbc.queryForObject("select count(*) from idea_field_value where field_id = :field",
				Map.of("field", id), Long.class);
		return count != null && count > 0;
	}

}
