/**
 * The JSON form of Reportage's types: {@link org.reportage.core.json.ReportageJson} writes and reads articles
 * as JSON documents and JSON Lines. Field names are snake_case and enum values lower case; the field reference
 * is the JSON Schema {@code org/reportage/core/json/article.schema.json} shipped in this jar.
 */
package org.reportage.core.json;
