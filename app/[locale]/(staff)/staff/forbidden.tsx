import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

// forbidden() from a signed-in page lands here: 403 inside the signed-in layout, so the person keeps
// their menu and sign-out.
export default function Forbidden() {
  return <ForbiddenNotice />;
}
