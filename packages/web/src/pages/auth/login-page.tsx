import type { PageProps } from "../registry.js";
import { AuthForm } from "./auth-form.js";

export function LoginPage({ query }: PageProps) {
  return <AuthForm mode="login" next={query.get("next")} />;
}
