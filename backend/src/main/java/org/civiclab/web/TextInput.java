package org.civiclab.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in request bodies may hold any character but NUL, which PostgreSQL cannot store in
 * a text column: a NUL is a 400 naming the field, on H2 and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noNulInText() {
		return (builder) -> builder.deserializerByType(String.class, new NoNul());
	}

	static final class NoNul extends StdScalarDeserializer<String> {

		NoNul() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				throw InvalidFormatException.from(parser, "Text may not contain a NUL character", text, String.class);
			}
			return text;
		}

	}

}
