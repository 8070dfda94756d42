import { z } from "zod";
import { pathParamNames, type Route } from "./route.js";

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const js = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  delete js.$schema;
  return js;
}

const ERROR_SCHEMA: Json = {
  type: "object",
  properties: {
    error: { type: "string" },
    message: { type: "string" },
    issues: {
      type: "array",
      items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
    },
  },
  required: ["error"],
};

function errorResponses(route: Route): Json {
  const out: Json = {};
  const ref = { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  if (route.access !== "public" && route.access !== "feed-token")
    out["401"] = { description: "not signed in", ...ref };
  out["404"] = { description: "not found or not permitted", ...ref };
  if (route.body || route.query || route.params) out["422"] = { description: "validation failed", ...ref };
  if (route.body) out["400"] = { description: "malformed JSON", ...ref };
  return out;
}

function parametersOf(route: Route): Json[] {
  const params: Json[] = [];
  const pathProps = route.params ? ((schemaOf(route.params, "input").properties ?? {}) as Json) : {};
  for (const name of pathParamNames(route.path)) {
    params.push({
      name,
      in: "path",
      required: true,
      schema:
        name === "userId"
          ? { type: "string", description: 'a user id, or "me"' }
          : (pathProps[name] ?? { type: "string" }),
    });
  }
  if (route.query) {
    const js = schemaOf(route.query, "input");
    const required = new Set((js.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((js.properties ?? {}) as Json)) {
      params.push({ name, in: "query", required: required.has(name), schema });
    }
  }
  return params;
}

/** The OpenAPI 3.1 document, generated from the route table (the table is the truth). */
export function openApiDocument(routes: readonly Route[], info: { title: string; version: string }): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const op: Json = {
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch?: string) => (ch ? ch.toUpperCase() : ""))}`,
      summary: route.summary,
      tags: [...route.tags],
      "x-access": route.access,
      parameters: parametersOf(route),
      responses: {
        [String(route.status)]:
          route.status === 204
            ? { description: "done" }
            : {
                description: "ok",
                content: {
                  [route.responseContentType ?? "application/json"]: {
                    schema: schemaOf(route.response, "output"),
                  },
                },
              },
        ...errorResponses(route),
      },
    };
    if (route.access !== "public" && route.access !== "feed-token") op.security = [{ session: [] }];
    if (route.body) {
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(route.body, "input") } },
      };
    }
    if (route.rawBody) {
      const binary = { schema: { type: "string", format: "binary", maxLength: route.rawBody.maxBytes } };
      op.requestBody = {
        required: true,
        content: Object.fromEntries(route.rawBody.contentTypes.map((t) => [t, binary])),
      };
    }
    const entry = (paths[route.path] ??= {});
    entry[route.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "leanback_session" } },
    },
  };
}
