import { z } from "zod";
import { HttpError, NotFoundError } from "../http/errors.js";
import { defineRoute, type RouteModule } from "../http/route.js";
import { changePassword, getUser, login, setCoaching, signUpLimited } from "./auth.js";
import { deleteAccount } from "./delete-account.js";
import { clearSessionCookie, sessionCookie } from "./session-cookie.js";
import { emailSchema, idParam, noContent, passwordSchema, userEnvelope } from "./schemas.js";
import { createSession, listSessions, revokeSession } from "./sessions.js";

const credentials = z.strictObject({ email: emailSchema, password: passwordSchema });

const signUpRoute = defineRoute({
  method: "POST",
  path: "/api/auth/signup",
  summary: "Create an account (the first one becomes admin) and sign in",
  tags: ["auth"],
  access: "public",
  body: z.strictObject({
    email: emailSchema,
    password: passwordSchema,
    displayName: z.string().trim().min(1).max(80).optional(),
    /** "I coach others": the account may skip the body profile and opens the client list. */
    coaches: z.boolean().optional(),
  }),
  response: userEnvelope,
  status: 201,
  handler: async (ctx) => {
    const user = await signUpLimited(ctx.deps, ctx.clientAddress, ctx.body);
    // The account exists now: open its session directly. Going through login() would apply the
    // address's failed-login limit and could answer 429 for an account already created.
    const session = await createSession(ctx.deps, user.id, {
      userAgent: ctx.request.headers.get("user-agent"),
      ip: ctx.clientAddress,
    });
    ctx.header("set-cookie", sessionCookie(session.token, session.maxAgeSeconds, ctx.secure));
    return { user };
  },
  example: async (fx) => ({
    body: { email: `${fx.unique("new")}@example.org`, password: "correct horse battery" },
  }),
});

const loginRoute = defineRoute({
  method: "POST",
  path: "/api/auth/login",
  summary: "Sign in; sets a fresh session cookie",
  tags: ["auth"],
  access: "public",
  body: credentials,
  response: userEnvelope,
  status: 200,
  handler: async (ctx) => {
    const { user, session } = await login(ctx.deps, ctx.body, {
      ip: ctx.clientAddress,
      userAgent: ctx.request.headers.get("user-agent"),
      previousSessionId: ctx.caller?.sessionId ?? null,
      previousUserId: ctx.caller?.userId ?? null,
    });
    ctx.header("set-cookie", sessionCookie(session.token, session.maxAgeSeconds, ctx.secure));
    return { user };
  },
  example: async (fx) => ({ body: { email: fx.subject.email, password: fx.subject.password } }),
});

const logoutRoute = defineRoute({
  method: "POST",
  path: "/api/auth/logout",
  summary: "Sign out: revokes this session",
  tags: ["auth"],
  access: "authenticated",
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await revokeSession(ctx.deps, ctx.caller.userId, ctx.caller.sessionId);
    ctx.header("set-cookie", clearSessionCookie(ctx.secure));
    return null;
  },
  // Log out a throwaway session of the subject so the proofs keep their own.
  example: async () => ({}),
});

const meRoute = defineRoute({
  method: "GET",
  path: "/api/auth/me",
  summary: "The signed-in account",
  tags: ["auth"],
  access: "authenticated",
  response: userEnvelope,
  status: 200,
  handler: async (ctx) => {
    const user = await getUser(ctx.deps, ctx.caller.userId);
    if (!user) throw new NotFoundError("user");
    return { user };
  },
  example: async () => ({}),
});

const coachingRoute = defineRoute({
  method: "PUT",
  path: "/api/auth/coaching",
  summary: "Say whether you coach others (a coach may use the app without a body profile)",
  tags: ["auth", "trainer"],
  access: "authenticated",
  body: z.strictObject({ coaches: z.boolean() }),
  response: userEnvelope,
  status: 200,
  handler: async (ctx) => ({ user: await setCoaching(ctx.deps, ctx.caller.userId, ctx.body.coaches) }),
  example: async () => ({ body: { coaches: true } }),
});

const passwordRoute = defineRoute({
  method: "POST",
  path: "/api/auth/password",
  summary: "Change the password; every other session is revoked",
  tags: ["auth"],
  access: "authenticated",
  body: z.strictObject({ currentPassword: passwordSchema, newPassword: passwordSchema }),
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await changePassword(ctx.deps, ctx.caller, ctx.body);
    return null;
  },
  // Same password again: valid, and leaves the subject's credentials unchanged for later steps.
  example: async (fx) => ({
    body: { currentPassword: fx.subject.password, newPassword: fx.subject.password },
  }),
});

const deleteAccountRoute = defineRoute({
  method: "POST",
  path: "/api/auth/account/delete",
  summary: "Delete the signed-in account and all its data (password and the word DELETE to confirm)",
  tags: ["auth"],
  access: "authenticated",
  body: z.strictObject({
    password: passwordSchema,
    confirm: z.literal("DELETE", { error: "type DELETE to confirm" }),
  }),
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await deleteAccount(ctx.deps, ctx.caller, ctx.body);
    ctx.header("set-cookie", clearSessionCookie(ctx.secure));
    return null;
  },
  // A throwaway account deletes itself: the proofs' subject must survive for the other routes.
  example: async (fx) => {
    const caller = await fx.signUp();
    return { caller, body: { password: caller.password, confirm: "DELETE" as const } };
  },
});

const sessionSchema = z.strictObject({
  id: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  expiresAt: z.number(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});

const sessionsRoute = defineRoute({
  method: "GET",
  path: "/api/auth/sessions",
  summary: "Live sessions of the signed-in account",
  tags: ["auth"],
  access: "authenticated",
  response: z.strictObject({ sessions: z.array(sessionSchema) }),
  status: 200,
  handler: async (ctx) => ({
    sessions: await listSessions(ctx.deps, ctx.caller.userId, ctx.caller.sessionId),
  }),
  example: async () => ({}),
});

const revokeSessionRoute = defineRoute({
  method: "DELETE",
  path: "/api/auth/sessions/{id}",
  summary: "Revoke one of your sessions",
  tags: ["auth"],
  access: "authenticated",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    if (!(await revokeSession(ctx.deps, ctx.caller.userId, ctx.params.id)))
      throw new NotFoundError("session");
    return null;
  },
  example: async (fx) => {
    // A second session of the subject, made by logging in again.
    const r = await fx.request(null, "POST", "/api/auth/login", {
      email: fx.subject.email,
      password: fx.subject.password,
    });
    if (r.status !== 200) throw new HttpError(500, "fixture", "example login failed");
    const list = await fx.request(fx.subject, "GET", "/api/auth/sessions");
    const sessions = (list.json as { sessions: Array<{ id: string; current: boolean; createdAt: number }> })
      .sessions;
    const other = sessions.find((s) => !s.current);
    if (!other) throw new Error("example: no second session");
    return { params: { id: other.id } };
  },
});

export const accountRoutes: RouteModule = [
  signUpRoute,
  coachingRoute,
  loginRoute,
  logoutRoute,
  meRoute,
  passwordRoute,
  deleteAccountRoute,
  sessionsRoute,
  revokeSessionRoute,
];
