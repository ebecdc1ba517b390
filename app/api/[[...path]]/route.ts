import { ServiceError } from "@/lib/auth/errors";
import { openDataError } from "@/lib/opendata/http";

/** Any other address under /api (and /api itself) answers 404 in the API's one error envelope, not with the site's HTML page. */
function notFound(): Response {
  return openDataError(
    new ServiceError("not_found"),
    "指定されたAPIはありません。利用できるAPIは /opendata で説明しています。",
  );
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
