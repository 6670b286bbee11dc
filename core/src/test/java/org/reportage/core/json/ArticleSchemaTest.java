package org.reportage.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.reportage.core.Article;
import org.reportage.core.SampleArticles;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shipped JSON Schema: written articles validate against it, it rejects what the reader rejects, and it
 * documents every component of every record (checked reflectively, so a new component fails this test until
 * the schema describes it).
 */
class ArticleSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema SCHEMA = REGISTRY.getSchema(ReportageJson.schema(), InputFormat.JSON);
    private static final JsonNode SCHEMA_TREE = ReportageJsonTest.TREE.readTree(ReportageJson.schema());

    private static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    private static List<Error> validate(JsonNode json) {
        return validate(ReportageJsonTest.TREE.writeValueAsString(json));
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(ReportageJson.schema(), InputFormat.JSON)).isEmpty();
        assertThat(SCHEMA_TREE.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void writtenArticlesValidate() {
        assertThat(validate(ReportageJson.compact().write(SampleArticles.full()))).isEmpty();
        assertThat(validate(ReportageJson.pretty().write(SampleArticles.full()))).isEmpty();
        assertThat(validate(ReportageJson.compact().write(SampleArticles.minimal()))).isEmpty();
        ReportageJsonTest.variants()
                .forEach(a -> assertThat(validate(ReportageJson.compact().write(a))).as(a.date().toString()).isEmpty());
    }

    @Test
    void schemaRejectsWhatTheFormDoesNotAllow() {
        JsonNode good = ReportageJsonTest.tree(SampleArticles.full());
        List<Consumer<ObjectNode>> breakages = List.of(
                t -> t.put("extra", 1),                                            // additionalProperties false
                t -> ((ObjectNode) t.get("headline")).put("length", 59),           // derived value written
                t -> t.remove("byline"),                                           // every field is written
                t -> ((ObjectNode) t.get("date")).put("provenance", "guessed"),    // enum
                t -> ((ObjectNode) t.get("date")).put("weekday", "Tuesday"),       // lower case only
                t -> ((ObjectNode) t.get("date")).put("month", 13),
                t -> ((ObjectNode) t.get("date")).put("time", "9:30"),
                t -> ((ObjectNode) t.get("quotes").get(0).get("said_on")).put("from", "2023-02-30"),
                t -> ((ObjectNode) t.get("quotes").get(0)).put("confidence", 1.01),
                t -> ((ObjectNode) t.get("quotes").get(0)).putArray("segments"),   // at least one segment
                t -> ((ObjectNode) t.get("quotes").get(0)).put("text", "joined"),  // derived value written
                t -> ((ObjectNode) t.get("actors").get(0)).put("id", " "),         // never blank
                t -> ((ObjectNode) t.get("actors").get(0).get("mentions").get(0)).put("start", -1),
                t -> ((ObjectNode) t.get("actors").get(0).get("mentions").get(0)).put("start", "0"),
                t -> ((ArrayNode) t.get("paragraphs")).addNull(),
                t -> ((ObjectNode) t.get("diagnostics").get(0)).put("severity", "fatal"),
                t -> t.put("span", "whole"));
        for (int i = 0; i < breakages.size(); i++) {
            ObjectNode t = (ObjectNode) good.deepCopy();
            breakages.get(i).accept(t);
            assertThat(validate(t)).as("breakage %d", i).isNotEmpty();
        }
    }

    /** The schema object that describes a record or enum: the root for Article, else its $defs entry. */
    private static JsonNode definition(Class<?> type) {
        if (type == Article.class) {
            return SCHEMA_TREE;
        }
        JsonNode def = SCHEMA_TREE.get("$defs").get(type.getSimpleName());
        assertThat(def).as("$defs/%s", type.getSimpleName()).isNotNull();
        return def;
    }

    @Test
    void everyRecordComponentAndEnumValueIsDocumented() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Article.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            JsonNode def = definition(type);
            assertThat(def.path("description").asString("")).as("%s description", type).isNotBlank();
            if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                for (Object c : type.getEnumConstants()) {
                    values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
                }
                List<String> documented = new ArrayList<>();
                def.get("enum").forEach(v -> documented.add(v.stringValue()));
                assertThat(documented).as("%s values", type).containsExactlyElementsOf(values);
                continue;
            }
            List<String> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(ReportageJsonTest.snake(c.getName()));
                Class<?> target = elementType(c.getGenericType());
                if (target.isRecord() || target.isEnum()) {
                    todo.add(target);
                }
            }
            assertThat(def.get("type").stringValue()).as("%s type", type).isEqualTo("object");
            assertThat(def.get("additionalProperties").booleanValue()).as("%s closed", type).isFalse();
            assertThat(def.get("properties").propertyNames()).as("%s properties", type)
                    .containsExactlyElementsOf(components);
            List<String> required = new ArrayList<>();
            def.get("required").forEach(r -> required.add(r.stringValue()));
            assertThat(required).as("%s required", type).containsExactlyElementsOf(components);
            for (Map.Entry<String, JsonNode> p : def.get("properties").properties()) {
                assertThat(p.getValue().path("description").asString(""))
                        .as("%s.%s description", type.getSimpleName(), p.getKey()).isNotBlank();
            }
        }
        assertThat(seen).extracting(Class::getSimpleName).contains("Span", "ReportDate", "DayOfWeek",
                "DateProvenance", "Dateline", "HeaderField", "Quote", "QuoteKind", "DateReference", "Precision",
                "Actor", "ActorKind", "Role", "Mention", "MentionKind", "Diagnostic", "Severity");
        // Nothing in $defs that no record uses.
        Set<String> defined = new HashSet<>(SCHEMA_TREE.get("$defs").propertyNames());
        Set<String> used = new HashSet<>();
        seen.forEach(c -> used.add(c.getSimpleName()));
        used.remove("Article");
        assertThat(defined).isEqualTo(used);
    }

    private static Class<?> elementType(Type t) {
        if (t instanceof ParameterizedType p) {
            return elementType(p.getActualTypeArguments()[0]); // List<X>
        }
        return (Class<?>) t;
    }
}
