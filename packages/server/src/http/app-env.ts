/** Hono context variables set by our middleware. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The OpenAPI path of the matched route, for logs. */
    routePath: string;
  };
}
