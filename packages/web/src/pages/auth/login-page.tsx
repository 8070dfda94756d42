import { Notice } from "../../ui/field.js";
import type { PageProps } from "../registry.js";
import { AuthForm } from "./auth-form.js";

export function LoginPage({ query }: PageProps) {
  return (
    <>
      {query.get("deleted") === "1" && <Notice kind="ok">Your account and all its data are deleted.</Notice>}
      <AuthForm mode="login" next={query.get("next")} />
    </>
  );
}
