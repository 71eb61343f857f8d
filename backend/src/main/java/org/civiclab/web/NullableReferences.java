package org.civiclab.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * A {@code @Nullable} property whose type is a schema of its own (a time box, a learning
 * card) is that schema or {@code null}; the schema itself stays what it is for every
 * other property that refers to it. (The model resolver marks the referred schema
 * nullable instead, which would make every reference to it nullable.)
 */
final class NullableReferences implements PropertyCustomizer {

	@Override
	public Schema customize(Schema property, AnnotatedType type) {
		if (property == null || property.get$ref() == null || !isNullable(type.getCtxAnnotations())) {
			return property;
		}
		Schema<Object> either = new Schema<>();
		either.setOneOf(List.of(new Schema<>().$ref(property.get$ref()), typed("null")));
		either.setDescription(property.getDescription());
		return either;
	}

	/**
	 * Takes back the nullability the model resolver put on schemas of their own, and lets
	 * a nullable property with a set of values be null.
	 */
	static void fromComponents(OpenAPI document) {
		if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
			return;
		}
		for (Map.Entry<String, Schema> component : document.getComponents().getSchemas().entrySet()) {
			Schema<?> schema = component.getValue();
			if (schema.getProperties() != null && schema.getTypes() != null && schema.getTypes().contains("null")) {
				// An object that some property may leave null: the object is an object.
				schema.setTypes(new LinkedHashSet<>(Set.of("object")));
				schema.setType("object");
				schema.setNullable(null);
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach(NullableReferences::nullInEnum);
			}
		}
	}

	/** A nullable property with a set of values has null among them. */
	@SuppressWarnings("unchecked")
	private static void nullInEnum(Schema property) {
		if (property.getEnum() != null && property.getTypes() != null && property.getTypes().contains("null")
				&& !property.getEnum().contains(null)) {
			property.getEnum().add(null);
		}
	}

	private static boolean isNullable(Annotation[] annotations) {
		return annotations != null && Arrays.stream(annotations)
			.anyMatch((annotation) -> annotation.annotationType().getSimpleName().equals("Nullable"));
	}

	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

}
