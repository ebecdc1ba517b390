import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

// forbidden() from a page under [locale] lands here: 403, inside the site's layout (header, footer).
export default function Forbidden() {
  return <ForbiddenNotice />;
}
