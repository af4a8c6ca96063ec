// How the tests call an image route (/api/charts/<file>, /api/cards/<file>) the way Next.js calls it:
// the request, with the file name as the route's parameter. Said once, so no test builds that context by hand.

type FileRoute = (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;

/** GETs /api/<folder>/<file><query> on `route`, as requested of `origin`; `init` adds headers. */
export function imageGetter(route: FileRoute, folder: "charts" | "cards", origin = "http://localhost") {
  return (file: string, query = "", init?: RequestInit): Promise<Response> =>
    route(new Request(`${origin}/api/${folder}/${file}${query}`, init), { params: Promise.resolve({ file }) });
}
