import { z } from "zod";
import { defineRoute, type RouteModule } from "../http/route.js";
import { listUsers, setDisabled, setRole } from "./admin.js";
import { idParam, noContent } from "./schemas.js";

const adminUser = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: z.enum(["admin", "user"]),
  displayName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.number(),
});

const list = defineRoute({
  method: "GET",
  path: "/api/admin/users",
  summary: "All accounts",
  tags: ["admin"],
  access: "admin",
  response: z.strictObject({ users: z.array(adminUser) }),
  status: 200,
  handler: async (ctx) => ({ users: await listUsers(ctx.deps) }),
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
