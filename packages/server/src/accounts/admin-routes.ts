import { z } from "zod";
import { defineRoute, type RouteModule } from "../http/route.js";
import { listUsers, setDisabled, setRole } from "./admin.js";
import { idParam, noContent } from "./schemas.js";
import { nextSchema, pageOf, pageQuery, pageRequest, type PageRule } from "../features/shared/page.js";

const adminUser = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: z.enum(["admin", "user"]),
  displayName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.number(),
});

const USER_PAGE: PageRule = { defaultLimit: 200, maxLimit: 1000 };

const list = defineRoute({
  method: "GET",
  path: "/api/admin/users",
  summary: "All accounts, oldest first (?limit= default 200, at most 1000; ?cursor= the answer's `next`)",
  tags: ["admin"],
  access: "admin",
  query: pageQuery(USER_PAGE),
  response: z.strictObject({ users: z.array(adminUser), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, USER_PAGE);
    const { items, next } = pageOf(await listUsers(ctx.deps, page), page);
    return { users: items, next };
  },
  example: async () => ({}),
});

const disable = defineRoute({
  method: "POST",
  path: "/api/admin/users/{id}/disable",
  summary: "Disable an account and end its sessions",
  tags: ["admin"],
  access: "admin",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await setDisabled(ctx.deps, ctx.params.id, true);
    return null;
  },
  example: async (fx) => ({ params: { id: (await fx.signUp()).userId } }),
});

const enable = defineRoute({
  method: "POST",
  path: "/api/admin/users/{id}/enable",
  summary: "Re-enable an account",
  tags: ["admin"],
  access: "admin",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await setDisabled(ctx.deps, ctx.params.id, false);
    return null;
  },
  example: async (fx) => ({ params: { id: (await fx.signUp()).userId } }),
});

const role = defineRoute({
  method: "PUT",
  path: "/api/admin/users/{id}/role",
  summary: "Set an account's role",
  tags: ["admin"],
  access: "admin",
  params: idParam,
  body: z.strictObject({ role: z.enum(["admin", "user"]) }),
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await setRole(ctx.deps, ctx.params.id, ctx.body.role);
    return null;
  },
  example: async (fx) => ({ params: { id: (await fx.signUp()).userId }, body: { role: "user" as const } }),
});

export const adminRoutes: RouteModule = [list, disable, enable, role];
