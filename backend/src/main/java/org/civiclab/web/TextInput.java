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
 * The one door for text in request bodies: any character is taken except NUL, which
 * PostgreSQL cannot store in a text column, and half of a surrogate pair, which is no
 * character at all (JSON lets {@code "\ud83c"} stand alone); either is a 400 naming the
 * field, on H2 and PostgreSQL alike (the refusal's message is its code). How text is
 * counted and when it is blank is {@link Text}'s, checked by every {@code @Size} and
 * {@code @NotBlank} ({@link TextLength}, {@link VisibleText}).
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer noNulInText() {
		return (builder) -> builder.deserializerByType(String.class, new CharactersOnly());
	}

	static final class CharactersOnly extends StdScalarDeserializer<String> {

		CharactersOnly() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && text.indexOf('\0') >= 0) {
				throw InvalidFormatException.from(parser, "field.nul-character", text, String.class);
			}
			if (text != null && Text.hasLoneSurrogate(text)) {
				throw InvalidFormatException.from(parser, "field.lone-surrogate", text, String.class);
			}
			return text;
		}

	}

}
