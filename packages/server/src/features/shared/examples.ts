import type { ExampleFixture } from "../../http/route.js";

/** Posts a JSON body as the subject and returns the parsed answer, failing loudly on non-2xx. */
export async function examplePost(fx: ExampleFixture, path: string, body: unknown): Promise<unknown> {
  const r = await fx.request(fx.subject, "POST", path, body);
  if (r.status < 200 || r.status > 299) {
    throw new Error(`example: POST ${path} → ${r.status} ${JSON.stringify(r.json)}`);
  }
  return r.json;
}
