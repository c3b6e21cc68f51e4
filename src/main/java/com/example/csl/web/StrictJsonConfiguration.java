package com.example.csl.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application API reads JSON as strictly as the forms: unknown properties and duplicate keys
 * refused, no coercion between scalars (a number for a name, 1.5 for an id, 2 for a boolean, "12万"
 * for an amount), no control or bidi characters in text, every string capped. Camunda's engine REST
 * and Spin keep their own mappers.
 */
@Configuration
public class StrictJsonConfiguration {

  /** No text field of the API is longer; each DTO's own @Size is tighter. */
  static final int MAX_STRING = 10_000;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJson() {
    return builder -> builder
        .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .deserializerByType(String.class, new PlainStringDeserializer())
        .postConfigurer(mapper -> {
          // a date is "2026-11-30", not a number of days since 1970
          mapper.setDefaultLeniency(false);
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Integer)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Float)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Boolean)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Enum)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        });
  }

  /** Text as a person types it: no control characters (line breaks and tabs aside), no bidi overrides, capped. */
  static final class PlainStringDeserializer extends StdScalarDeserializer<String> {

    PlainStringDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && text.length() > MAX_STRING) {
        throw new TextRefused(parser, "最多" + MAX_STRING + "个字");
      }
      if (text != null && com.example.csl.form.FormContractValidator.CONTROL.matcher(text).find()) {
        throw new TextRefused(parser, "含有不允许的控制字符");
      }
      return text;
    }
  }

  /** A string the API refuses; its message is the Chinese reason (never the value). */
  static final class TextRefused extends JsonMappingException {
    TextRefused(JsonParser parser, String reason) {
      super(parser, reason);
    }
  }
}
