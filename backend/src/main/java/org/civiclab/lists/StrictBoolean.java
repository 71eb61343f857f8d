package org.civiclab.lists;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * Reads {@code true} or {@code false} and nothing else: Jackson would take any number for
 * a boolean (-1 is true), and a field made required by a stray number would refuse every
 * idea of its organisation.
 */
class StrictBoolean extends JsonDeserializer<Boolean> {

	@Override
	public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		if (parser.currentToken() == JsonToken.VALUE_TRUE || parser.currentToken() == JsonToken.VALUE_FALSE) {
			return parser.getBooleanValue();
		}
		return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
	}

	/** Left out, or null: false, as for any boolean of a request. */
	@Override
	public Boolean getNullValue(DeserializationContext context) {
		return Boolean.FALSE;
	}

}
