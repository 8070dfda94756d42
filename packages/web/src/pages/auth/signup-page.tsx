import type { PageProps } from "../registry.js";
import { AuthForm } from "./auth-form.js";

export function SignupPage(_props: PageProps) {
  return <AuthForm mode="signup" next={null} />;
}
